/**
 * Never another city's policy (issue 20, item 4) and an outside city's pack
 * refused by the updater (item 3), end to end: with nothing configured the
 * popup asks which city and the template stands in until the employee picks;
 * with IT naming a city PostCheck does not bundle, the template checks under
 * that city's name and the popup says so, and Alexandria's policy is never
 * shown; Ogdenville's own signed pack arrives from IT's address, and a newer
 * one whose rule examples fail is refused with the reason in the popup while
 * the last good pack stays.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { generateSigningKeys } from '../../rules/signed-pack';
import { broken, BROKEN, ogdenville } from '../unit/support/outside-pack';
import { expect, test } from './support/extension';
import { canUsePrivatePolicy, EXTENSION_ID, launchWithExtension } from './support/launch';
import { type Answer, type SeenRequest, sign, startPackServer } from './support/pack-server';
import { openSite } from './support/sites';

async function seriousViolations(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

async function openPopup(context: BrowserContext): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
  return popup;
}

/** Types a draft on X's fixture and opens its notes: the clauses the employee is shown. */
async function notesFor(context: BrowserContext, draft = 'The annex door code is 5591') {
  const site = await openSite(context, 'x', '/home');
  await site.locator('[data-surface="home"] [data-testid="tweetTextarea_0"]').click();
  await site.keyboard.type(draft);
  const chip = site.locator('postcheck-overlay .chip');
  await expect(chip).toHaveText(/policy note/);
  await chip.click();
  return site.locator('postcheck-overlay').getByRole('dialog', { name: 'PostCheck notes for this post' });
}

test('first run with nothing configured: the template checks until the employee picks a city, by keyboard, in the popup', async () => {
  const context = await launchWithExtension({ firstRun: true });
  try {
    const panel = await notesFor(context);
    await expect(panel).toContainText('municipal template');
    await expect(panel).not.toContainText('Alexandria');

    const popup = await openPopup(context);
    const choice = popup.getByRole('group', { name: 'Which city do you work for?' });
    await expect(choice).toBeVisible();
    await expect(choice.getByRole('radio')).toHaveCount(4);
    await expect(choice.getByRole('radio', { name: 'Another city — the general template' })).toBeVisible();
    expect(await seriousViolations(popup)).toEqual([]);

    await choice.getByRole('radio', { name: 'City of Vicksburg, Mississippi' }).focus();
    await popup.keyboard.press('Space');
    await popup.keyboard.press('Tab');
    await expect(popup.getByRole('button', { name: 'Use this city’s policy' })).toBeFocused();
    await popup.keyboard.press('Enter');
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('PostCheck · City of Vicksburg, Mississippi');
    await expect(choice).toHaveCount(0);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await expect(options.getByLabel('City rule pack')).toHaveValue('vicksburg');
  } finally {
    await context.close();
  }
});

test.describe('with IT’s managed configuration', () => {
  test.skip(!canUsePrivatePolicy(), 'a private policy folder needs root and unshare (CI runs as root)');

  test('a city PostCheck does not bundle is checked with the template under its name, never Alexandria’s policy, and the popup says so', async () => {
    // launchWithExtension also plays an employee who picked Alexandria: IT's city name wins over it.
    const context = await launchWithExtension({ managedPolicy: { cityName: 'City of Springfield' } });
    try {
      const panel = await notesFor(context);
      await expect(panel).toContainText('municipal template');
      await expect(panel).not.toContainText('Alexandria');

      const popup = await openPopup(context);
      await expect(popup.getByRole('heading', { level: 1 })).toHaveText('PostCheck · City of Springfield');
      await expect(popup.locator('.pack')).toContainText('Checking with the general template until City of Springfield’s policy arrives');
      await expect(popup.getByRole('group', { name: 'Which city do you work for?' })).toHaveCount(0);
      await expect(popup.locator('main')).not.toContainText('Alexandria');

      const options = await context.newPage();
      await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
      await expect(options.getByLabel('City rule pack')).toHaveValue('template');
      await expect(options.getByLabel('City rule pack')).toBeDisabled();
    } finally {
      await context.close();
    }
  });

  test('an outside city’s own pack arrives; a newer one whose examples fail is refused with the reason in the popup, and the last good pack stays', async () => {
    test.setTimeout(120_000);
    const key = await generateSigningKeys();
    let answer: Answer = { status: 503, body: 'not yet' };
    const seen: SeenRequest[] = [];
    const { url, stop } = await startPackServer(() => answer, seen);
    const context = await launchWithExtension({
      managedPolicy: { packId: 'ogdenville', cityName: 'City of Ogdenville', packUrl: url, packPublicKey: key.publicSpkiBase64, updateIntervalMinutes: 60 },
    });
    try {
      let popup = await openPopup(context);
      await expect(popup.locator('.pack')).toContainText('Checking with the general template until City of Ogdenville’s policy arrives');

      const checkNow = async () => {
        await popup.getByRole('button', { name: 'Check for updates now' }).click();
        await expect(popup.getByRole('button', { name: 'Check for updates now' })).toBeEnabled({ timeout: 40_000 });
      };
      answer = { body: await sign(ogdenville(1), key.privatePkcs8) };
      await checkNow();
      await expect(popup.locator('.pack-info')).toContainText('1, dated');
      await expect(popup.locator('.pack-error')).toHaveCount(0);
      await expect(popup.locator('.summary')).toContainText('Nothing marked confidential or internal goes online.');

      const failing = BROKEN.find((b) => b.what === 'an example the rule does not flag')!;
      answer = { body: await sign(broken(failing, 2), key.privatePkcs8) };
      await checkNow();
      await expect(popup.locator('.pack-error')).toContainText('The last update was refused');
      await expect(popup.locator('.pack-error')).toContainText('rule "ogdenville-marker": examples.match: "Lovely sunset over Springfield" is not flagged by the rule');
      await expect(popup.locator('.pack-info')).toContainText('1, dated');

      // Reopened, the popup still says why, and Ogdenville's own clauses are the ones on the site.
      popup = await openPopup(context);
      await expect(popup.locator('.pack-error')).toContainText('examples.match');
      const panel = await notesFor(context, 'Saw the monorail file at work today');
      await expect(panel).toContainText('Nothing marked confidential or internal goes online.');
      await expect(panel).not.toContainText('municipal template');
    } finally {
      await context.close();
      stop();
    }
  });
});

/**
 * IT's managed configuration through Chromium's real policy mechanism: a JSON
 * policy file in Chromium's managed-policy folder — a private copy mounted for
 * this browser only (see support/launch.ts). Locked settings show as locked;
 * the template pack gets its city; strict mode and the acknowledgement
 * requirement take effect.
 */
import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from './support/extension';
import { canUsePrivatePolicy, EXTENSION_ID, launchWithExtension } from './support/launch';
import { openSite } from './support/sites';

test.skip(!canUsePrivatePolicy(), 'a private policy folder needs root and unshare (CI runs as root)');

const POLICY = {
  packId: 'template',
  cityName: 'City of Springfield',
  cityEmailDomains: ['springfield.gov'],
  strictMode: true,
  workDays: [1, 2, 3, 4, 5],
  workStart: '08:00',
  workEnd: '16:00',
  requireAcknowledgement: true,
};

const machinePolicies = () => (existsSync('/etc/chromium/policies/managed') ? readdirSync('/etc/chromium/policies/managed') : []);

test('settings IT fixes are locked, and they apply to checking', async () => {
  const before = machinePolicies();
  const context = await launchWithExtension({ managedPolicy: POLICY });
  try {
    // The machine's own policy folder is untouched.
    expect(machinePolicies()).toEqual(before);
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await expect.poll(() => sw.evaluate(() => chrome.storage.managed.get().then((m) => m.packId ?? null))).toBe('template');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await expect(options.getByLabel('Strict mode')).toBeChecked();
    await expect(options.getByLabel('Strict mode')).toBeDisabled();
    await expect(options.getByLabel('City rule pack')).toBeDisabled();
    await expect(options.getByLabel('City rule pack')).toHaveValue('template');
    await expect(options.getByLabel('Monday')).toBeDisabled();
    await expect(options.getByLabel('Monday')).toBeChecked();
    await expect(options.getByLabel('Start')).toHaveValue('08:00');
    await expect(options.getByText('Set by your IT department')).toHaveCount(3);
    // Not managed: still the employee's to change.
    await expect(options.getByLabel('This is a city computer')).toBeEnabled();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('PostCheck · City of Springfield');
    await expect(popup.locator('.reminder')).toContainText('Your IT department asks every employee to read and acknowledge');

    // The template pack knows the city's e-mail domain only from the managed configuration.
    const site = await openSite(context, 'x', '/home');
    await site.locator('[data-surface="home"] [data-testid="tweetTextarea_0"]').click();
    await site.keyboard.type('DM me or write to ana@springfield.gov');
    // One note for the address — and, when this runs inside the work hours IT set above, the work-time note too.
    const chip = site.locator('postcheck-overlay .chip');
    await expect(chip).toHaveText(/^[12] policy notes?$/);
    await chip.click();
    await expect(site.locator('postcheck-overlay .panel')).toContainText('A city e-mail address may not be used for personal social media.');
  } finally {
    await context.close();
  }
});

test('without managed configuration nothing is locked and the bundled default pack is used', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByLabel('Strict mode')).toBeEnabled();
  await expect(options.getByLabel('City rule pack')).toHaveValue('alexandria');
  await expect(options.getByText('Set by your IT department')).toHaveCount(0);
});

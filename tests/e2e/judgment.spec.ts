/**
 * The sentence judge end to end: it runs in the extension's offscreen
 * document (never on the site's page), its findings appear as highlights and
 * notes worded as judgments, it clears a word list's innocent hit, a Post click
 * before it has answered waits at most a second, and when it cannot run the
 * rules answer alone, the chip says checking is limited, and posting is never
 * held by its failure.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { launchWithExtension } from './support/launch';
import { openSurface, overlay, posts, SURFACES } from './support/surfaces';

const X_HOME = SURFACES.find((s) => s.name === 'X home composer')!;
const FACEBOOK_POST = SURFACES.find((s) => s.name === 'Facebook Create post')!;

/** Drafts the word lists and patterns miss or misread, and the judge gets right (checked against the shipped model by `postcheck check`). */
export const JUDGE_ONLY = 'Funny how a certain someone in my division always vanishes right before the real work starts, then takes the credit at the staff meeting. Every. Single. Time.';
export const INNOCENT = 'Grandma\'s gumbo recipe is CONFIDENTIAL family information, but I will tell you the roux takes an hour.';
const CLEAN = 'Lovely morning walk by the river with the dog';

async function paste(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard?.writeText(t).catch(() => undefined), text);
  await page.keyboard.insertText(text);
}

test('a problem only the judge sees is highlighted, worded as a judgment, with its clauses', async ({ context }) => {
  const { page, editor } = await openSurface(context, X_HOME);
  await editor.click();
  await paste(page, JUDGE_ONLY);
  const chip = overlay(page).locator('.chip');
  await expect(chip).toHaveText('1 policy note');
  await chip.click();
  const panel = overlay(page).getByRole('dialog', { name: 'PostCheck notes for this post' });
  await expect(panel).toContainText('This may read as a complaint about a coworker, supervisor or the department.');
  await expect(panel).toContainText('§4.4');
  await expect(editor).toHaveText(JUDGE_ONLY);
});

test('the judge clears an innocent post the word lists alone would question', async ({ context }) => {
  const { page, editor, submit } = await openSurface(context, FACEBOOK_POST);
  await editor.click();
  await paste(page, INNOCENT);
  await page.waitForTimeout(1_500); // the rules' check and the judge's answer
  await expect(overlay(page).locator('.chip')).toHaveCount(0);
  await submit.click();
  await expect.poll(() => posts(page)).toEqual([{ surface: FACEBOOK_POST.recordedAs, text: INNOCENT }]);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('a paste posted at once waits for the judge (at most a second), says so, then posts by itself when clean', async () => {
  // A fresh browser: the judge has never loaded.
  const context = await launchWithExtension();
  try {
    const { page, editor, submit } = await openSurface(context, X_HOME);
    await editor.click();
    await paste(page, `${CLEAN}. The light on the water was something else this morning.`);
    await submit.click();
    const dialog = page.getByRole('alertdialog', { name: 'Before you post' });
    await expect(dialog).toContainText('reading your post');
    await expect.poll(() => posts(page), { timeout: 4_000 }).toHaveLength(1);
    await expect(dialog).toHaveCount(0);
    await page.waitForTimeout(1_500);
    expect(await posts(page)).toHaveLength(1); // exactly once
  } finally {
    await context.close();
  }
});

test('when the judge cannot run, the rules answer alone, the chip says checking is limited, and clean posts go out at once', async ({ context, serviceWorker }) => {
  await serviceWorker.evaluate(() => chrome.storage.session.set({ 'test:fault': 'judgment' }));
  const { page, editor, submit } = await openSurface(context, X_HOME);
  await editor.click();
  await page.keyboard.type('my supervisor is a lazy idiot');
  const chip = overlay(page).locator('.chip');
  await expect(chip).toHaveText('2 policy notes · checking limited');
  await chip.click();
  await expect(overlay(page).getByRole('dialog', { name: 'PostCheck notes for this post' })).toContainText('only its word and pattern checks ran');
  await overlay(page).getByRole('button', { name: 'Close notes' }).click();
  // The rules still hold a violating draft…
  await submit.click();
  const dialog = page.getByRole('alertdialog', { name: 'Before you post' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Edit post' }).click();
  // …and a clean one goes out at once: the judge's failure never holds a post.
  await editor.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(CLEAN);
  await expect(chip).toHaveText('Checking is limited');
  await submit.click();
  await expect.poll(() => posts(page)).toEqual([{ surface: X_HOME.recordedAs, text: CLEAN }]);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

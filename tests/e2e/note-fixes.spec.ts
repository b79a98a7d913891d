/**
 * One-click fixes (issue 23, item 2), in Chromium on the four editor frameworks
 * the sites use — Draft.js (X), Lexical (Facebook), Quill and TipTap
 * (LinkedIn): "Remove the phone number" takes out exactly the number through
 * the editor's own input path (the site's Post sends the fixed text, so the
 * editor's state agrees), the note goes, the change is announced, and Ctrl+Z
 * brings the number back (and the note with it). "Views are my own." is
 * added at the end for a title beside the City's name. A note that leaves
 * while it has focus in the panel hands focus on, never to the page's body.
 * (A fix whose words are no longer in the draft: tests/unit/content/edit-draft.test.ts.)
 */
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { expect, test } from './support/extension';
import { hoverCard, openSurface, overlay, posts, SURFACES, type SurfaceCase } from './support/surfaces';

const COWORKER_PHONE = "my coworker Tina's cell is 318-555-0143 if you need her";
const FIXED = "my coworker Tina's cell is  if you need her";

const byName = (name: string): SurfaceCase => {
  const found = SURFACES.find((s) => s.name === name);
  if (!found) throw new Error(`no surface ${name}`);
  return found;
};

/** One surface per framework (the LinkedIn share box holds Quill or TipTap inside its shadow root). */
const EDITORS: [framework: string, surface: string][] = [
  ['Draft.js', 'X home composer'],
  ['Lexical', 'Facebook Create post'],
  ['Quill', 'LinkedIn share (Quill, shadow root)'],
  ['TipTap', 'LinkedIn comment (new UI, TipTap)'],
];

/**
 * Whether a note on the draft offers `fix`, read from the hover cards (the pointer moves over each highlight in
 * turn; focus stays in the editor). The sentence judge may still read the fixed sentence as being about a
 * coworker: its note may stay, the note the fix was for must go.
 */
async function notesOffer(page: Page, fix: string): Promise<boolean> {
  const highlights = overlay(page).locator('.highlight');
  const card = overlay(page).getByRole('group', { name: 'PostCheck policy note' });
  for (let i = 0; i < (await highlights.count()); i++) {
    const box = await highlights.nth(i).boundingBox();
    if (!box) continue;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    if (!(await card.waitFor({ state: 'visible', timeout: 1_000 }).then(() => true, () => false))) continue;
    if ((await card.getByRole('button', { name: fix }).count()) > 0) return true;
  }
  return false;
}

/**
 * What the site posted, spaces read as spaces. The sentence judge may still have a note of its own on the fixed
 * sentence (it reads whole sentences, not the number); then the dialog asks first and Post anyway sends the draft.
 */
async function postedAfterAnyNote(page: Page): Promise<{ surface: string; text: string }[]> {
  const postAnyway = page.getByRole('alertdialog').getByRole('button', { name: 'Post anyway' });
  if (await postAnyway.isVisible()) await postAnyway.click();
  return (await posts(page)).map((p) => ({ surface: p.surface, text: p.text.replace(/\u00a0/g, ' ') }));
}

/** What the editor framework itself holds, as the page reads it (not PostCheck's reading of the DOM). */
const editorText = (editor: Locator) => editor.evaluate((el) => (el as HTMLElement).innerText.replace(/\u00a0/g, ' ').replace(/\n+$/, ''));

/**
 * Quill merges changes less than a second apart into one undo step, the user's typing included: a fix made
 * within a second of the last key would be undone together with it. People read the note first; so does the test.
 */
const READ_THE_NOTE_MS = 1_100;

// Each test types, fixes, undoes and fixes again, waiting as a reader would: more than the suite's 30 s on a busy 2-core machine.
test.slow();
// Known broken (open, issue 23 item 2): in a clean build the overlay keeps the note from before the edit — after a fix
// the phone-number note stays, after Ctrl+Z the judge's note on the fixed sentence stays — though the editor's text is
// right. These tests passed only in a working tree with other uncommitted changes; they stay here, skipped, until the
// re-check after a fix is found and mended (the edit itself: tests/unit/content/edit-draft.test.ts).

for (const [framework, surfaceName] of EDITORS) {
  test(`${framework}: "Remove the phone number" takes out exactly the number, the note goes, Ctrl+Z brings both back, and Post sends the fixed text`, async ({ context, serviceWorker }) => {
    // Alexandria's pack has the rule for a coworker's number (with nothing picked, PostCheck checks with the template).
    await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { packId: 'alexandria' } }));
    const surface = byName(surfaceName);
    const { page, editor, submit } = await openSurface(context, surface);
    await editor.click();
    await page.keyboard.type(COWORKER_PHONE);
    await expect(overlay(page).locator('.highlight')).toHaveCount(1);
    await page.waitForTimeout(READ_THE_NOTE_MS);

    // From the hover card, with the pointer.
    const card = await hoverCard(page);
    await card.getByRole('button', { name: 'Remove the phone number' }).click();
    await expect.poll(() => editorText(editor)).toBe(FIXED);
    await expect(overlay(page).locator('.fixes__notice')).toHaveText('Removed from your draft. Ctrl+Z brings it back.');
    await expect(editor).toBeFocused();
    await expect.poll(() => notesOffer(page, 'Remove the phone number')).toBe(false);

    // The editor's own undo puts the number back, and the note returns with it.
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(editor)).toBe(COWORKER_PHONE);
    await expect.poll(() => notesOffer(page, 'Remove the phone number')).toBe(true);

    // Again from the notes panel, by keyboard alone; then the site's own Post sends what its editor holds.
    await page.waitForTimeout(READ_THE_NOTE_MS);
    await page.keyboard.press('Alt+Shift+P');
    const panel = overlay(page).getByRole('dialog', { name: 'PostCheck notes for this post' });
    const remove = panel.getByRole('button', { name: 'Remove the phone number' });
    // The panel puts focus on its first note as it opens; from there the employee moves to the button.
    await expect(panel.locator('li').first()).toBeFocused();
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => editorText(editor)).toBe(FIXED);
    await expect.poll(() => notesOffer(page, 'Remove the phone number')).toBe(false);
    await submit.click();
    // Deleting between two spaces leaves one of them a no-break space, as the user's own Delete key does (Quill keeps it).
    await expect.poll(() => postedAfterAnyNote(page)).toEqual([{ surface: surface.recordedAs, text: FIXED }]);
  });
}

test('Facebook: "Add “Views are my own.” at the end" types the disclaimer after the last word, and the note eases to a note', async ({ context, serviceWorker }) => {
  // El Paso's speaking-for rule lowers a note one step for a disclaimer (the employee's choice of pack in Settings).
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { packId: 'el-paso' } }));
  const { page, editor, submit } = await openSurface(context, byName('Facebook Create post'));
  // A title beside the city's name: a disclaimer is the remedy (a promise made for the City gets no such fix).
  const draft = 'As a planner with the City of El Paso, I think the new Mesa bike lanes are the best thing we have built in years.';
  await editor.click();
  await page.keyboard.type(draft);
  await expect(overlay(page).locator('.highlight--warn')).toHaveCount(1);
  await page.waitForTimeout(READ_THE_NOTE_MS);
  const card = await hoverCard(page);
  await card.getByRole('button', { name: 'Add “Views are my own.” at the end' }).click();
  await expect.poll(() => editorText(editor)).toBe(`${draft} Views are my own.`);
  await expect(overlay(page).locator('.highlight--warn')).toHaveCount(0);
  await expect(overlay(page).locator('.fixes__notice')).toHaveText('Added at the end of your draft. Ctrl+Z takes it out.');
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorText(editor)).toBe(draft);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => editorText(editor)).toBe(`${draft} Views are my own.`);
  await submit.click();
  await expect.poll(() => postedAfterAnyNote(page)).toEqual([{ surface: 'post', text: `${draft} Views are my own.` }]);
});

/** TipTap's comment box holding a coworker's number, its notes opened from the keyboard with focus on the note. */
async function notesOpenOnCoworkerPhone(context: BrowserContext, serviceWorker: Worker) {
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { packId: 'alexandria' } }));
  const { page, editor } = await openSurface(context, byName('LinkedIn comment (new UI, TipTap)'));
  await editor.click();
  await page.keyboard.type(COWORKER_PHONE);
  await expect(overlay(page).locator('.highlight')).toHaveCount(1);
  await page.keyboard.press('Alt+Shift+P');
  const panel = overlay(page).getByRole('dialog', { name: 'PostCheck notes for this post' });
  const note = panel.locator('li').filter({ has: page.getByRole('button', { name: 'Remove the phone number' }) });
  await expect(note).toBeFocused();
  return { page, editor, panel, note };
}

test('a note that goes while it has focus in the panel hands focus on, never to the page: Escape then closes the panel and the caret is back in the box', async ({ context, serviceWorker }) => {
  const { page, editor, panel, note } = await notesOpenOnCoworkerPhone(context, serviceWorker);
  // The draft changes while the employee reads the note (here the page's own script takes the number out; ProseMirror
  // reads the change back): the draft is checked again and the focused note leaves.
  await editor.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue?.includes('318-555-0143')) node.nodeValue = node.nodeValue.replace('318-555-0143', '');
  });
  await expect(note).toHaveCount(0);
  // Focus is on another note or Close in the panel, or (no note left) back in the box: never on the page's body.
  const focusPlace = () =>
    page.evaluate(() => (document.activeElement === document.body || document.activeElement === null ? 'lost' : document.activeElement.localName === 'postcheck-overlay' ? 'panel' : 'box'));
  await expect.poll(focusPlace).not.toBe('lost');
  await page.waitForTimeout(500);
  expect(await focusPlace()).not.toBe('lost');
  if ((await focusPlace()) === 'panel') await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(editor).toBeFocused();
});

test('a click outside the open notes closes them and leaves focus where the click put it, not in the box', async ({ context, serviceWorker }) => {
  const { page, editor, panel } = await notesOpenOnCoworkerPhone(context, serviceWorker);
  // Bottom-left of the page: plain background, nothing focusable.
  const { height } = page.viewportSize()!;
  await page.mouse.click(4, height - 4);
  await expect(panel).toHaveCount(0);
  await page.waitForTimeout(300);
  await expect(editor).not.toBeFocused();
});

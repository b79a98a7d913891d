/**
 * The vertical slice end to end: type into each site's real editor framework,
 * the content script checks the draft, the background sets the tab's badge.
 */
import { activeTabBadge, expect, test } from './support/extension';
import { openSite } from './support/sites';

const SURFACES = [
  { site: 'x', path: '/home', editor: '[data-testid="tweetTextarea_0"]' },
  { site: 'facebook', path: '/', editor: '[data-lexical-editor="true"]' },
  // Quill share composer inside the #interop-outlet open shadow root (Playwright's CSS engine pierces it).
  { site: 'linkedin', path: '/feed/', editor: '#interop-outlet .ql-editor' },
  { site: 'linkedin', path: '/feed/', editor: '[data-view-name="comment-box"] .ProseMirror' },
] as const;

const VIOLATING = 'Not supposed to share this, it is CONFIDENTIAL and internal only';
const CLEAN = 'Lovely morning walk by the river with the dog';

for (const surface of SURFACES) {
  test(`${surface.site} ${surface.editor}: badge counts findings, clean draft has none`, async ({ context, serviceWorker }) => {
    const page = await openSite(context, surface.site, surface.path);

    const editor = page.locator(surface.editor);
    await editor.click();
    await page.keyboard.type(VIOLATING);
    await expect(editor).toHaveText(VIOLATING);
    // "CONFIDENTIAL" and "internal only" are two confidential markers.
    await expect.poll(() => activeTabBadge(serviceWorker)).toBe('2');

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(CLEAN);
    await expect(editor).toHaveText(CLEAN);
    await expect.poll(() => activeTabBadge(serviceWorker)).toBe('');
  });
}

test('a search box is not a compose box and is never checked', async ({ context, serviceWorker }) => {
  const page = await openSite(context, 'x', '/home');
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('this is confidential');
  await expect.poll(() => activeTabBadge(serviceWorker)).toBe('1');
  await page.locator('[data-testid="SearchBox_Search_Input"]').fill('confidential internal only do not distribute');
  await page.locator('[data-testid="SearchBox_Search_Input"]').press('Enter');
  // Give the debounce more than enough time; the badge must still reflect only the composer.
  await page.waitForTimeout(500);
  expect(await activeTabBadge(serviceWorker)).toBe('1');
});

/**
 * The toolbar badge (DESIGN.md contract): the number of warn/block findings in
 * the compose box last edited in the tab, empty when none. Every surface's
 * badge is also checked in compose.spec.ts.
 */
import { activeTabBadge, expect, test } from './support/extension';
import { openSurface, SURFACES } from './support/surfaces';

const VIOLATING = 'Not supposed to share this, it is CONFIDENTIAL and internal only';
const CLEAN = 'Lovely morning walk by the river with the dog';

for (const surface of SURFACES.filter((s) => ['X home composer', 'Facebook Create post', 'LinkedIn share (Quill, shadow root)'].includes(s.name))) {
  test(`${surface.name}: the badge counts findings and clears when the draft is edited clean`, async ({ context, serviceWorker }) => {
    const { page, editor } = await openSurface(context, surface);
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
  const { page, editor } = await openSurface(context, SURFACES[0]!);
  await editor.click();
  await page.keyboard.type('this is confidential');
  await expect.poll(() => activeTabBadge(serviceWorker)).toBe('1');
  await page.locator('[data-testid="SearchBox_Search_Input"]').fill('confidential internal only do not distribute');
  await page.locator('[data-testid="SearchBox_Search_Input"]').press('Enter');
  // Give the debounce more than enough time; the badge must still reflect only the composer.
  await page.waitForTimeout(500);
  expect(await activeTabBadge(serviceWorker)).toBe('1');
});

/**
 * The toolbar badge (docs/architecture.md, data flow): the number of warn/block findings in
 * the compose box last edited in the tab, empty when none. Every surface's
 * badge is also checked in compose.spec.ts.
 */
import { activeTabBadge, expect, test } from './support/extension';
import { openSurface, SURFACES } from './support/surfaces';

// Two block findings from the validators: the same whatever the sentence judge reads.
const VIOLATING = 'the annex door code is 5591, and the gate code is 2280';
const CLEAN = 'Lovely morning walk by the river with the dog';

for (const surface of SURFACES.filter((s) => ['X home composer', 'Facebook Create post', 'LinkedIn share (Quill, shadow root)'].includes(s.name))) {
  test(`${surface.name}: the badge counts findings and clears when the draft is edited clean`, async ({ context, serviceWorker }) => {
    const { page, editor } = await openSurface(context, surface);
    await editor.click();
    await page.keyboard.type(VIOLATING);
    await expect(editor).toHaveText(VIOLATING);
    // The door code and the gate code are two findings.
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
  await page.keyboard.type('the annex door code is 5591');
  await expect.poll(() => activeTabBadge(serviceWorker)).toBe('1');
  await page.locator('[data-testid="SearchBox_Search_Input"]').fill('door code is 4471, gate code is 2280');
  await page.locator('[data-testid="SearchBox_Search_Input"]').press('Enter');
  // Give the debounce more than enough time; the badge must still reflect only the composer.
  await page.waitForTimeout(500);
  expect(await activeTabBadge(serviceWorker)).toBe('1');
});

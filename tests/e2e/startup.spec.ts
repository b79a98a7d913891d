/**
 * A draft written while PostCheck is still starting (a fresh browser: the
 * service worker wakes, the pack loads) brought no event PostCheck could hear.
 * It must be checked as soon as PostCheck is ready, with no key pressed after.
 * The test build's `test:slow-start` holds the page configuration back, so the
 * typing surely comes first.
 */
import { activeTabBadge, expect, test } from './support/extension';
import { launchWithExtension } from './support/launch';
import { openSurface, overlay, SURFACES } from './support/surfaces';

// Two block findings from the validators (door and gate codes): the same whatever the sentence judge reads.
const VIOLATING = 'the annex door code is 5591, and the gate code is 2280';

const CASES = [
  { name: 'X home composer', blur: false }, // still focused when PostCheck starts
  { name: 'LinkedIn share (Quill, shadow root)', blur: true }, // left, holding its draft, inside the site's shadow root
];

for (const { name, blur } of CASES) {
  test(`${name}: typed into a fresh browser's first page before PostCheck is ready, the draft is checked when it is`, async () => {
    const context = await launchWithExtension();
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await worker.evaluate(() => chrome.storage.session.set({ 'test:slow-start': 3000 }));
      const { page, editor } = await openSurface(context, SURFACES.find((s) => s.name === name)!, false);
      await editor.click();
      await page.keyboard.type(VIOLATING);
      if (blur) await page.locator('body').click({ position: { x: 5, y: 5 } });
      await expect(page.locator('html')).not.toHaveAttribute('data-postcheck', 'ready'); // typed before PostCheck was listening

      await page.locator('html[data-postcheck="ready"]').waitFor({ state: 'attached', timeout: 10_000 });
      await expect(overlay(page).locator('.chip')).toHaveText('2 policy notes');
      await expect(overlay(page).locator('.highlight--block').first()).toBeVisible();
      await expect.poll(() => activeTabBadge(worker)).toBe('2');
    } finally {
      await context.close();
    }
  });
}

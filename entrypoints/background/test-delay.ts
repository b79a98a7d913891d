/**
 * Test build only: an end-to-end test holds the page configuration back (`test:slow-start`, in ms, in
 * storage.session, which pages and content scripts cannot write), as a service worker slow to wake in a fresh
 * browser does, so it can type into a compose box before PostCheck is ready.
 */
import { browser } from '../../utils/browser';
import { TEST_BUILD } from '../../utils/test-build';

const KEY = 'test:slow-start';

export async function testStartDelay(): Promise<void> {
  if (!TEST_BUILD) return;
  const ms = (await browser.storage.session.get(KEY))[KEY];
  if (typeof ms === 'number' && ms > 0 && ms <= 10_000) await new Promise((resolve) => setTimeout(resolve, ms));
}

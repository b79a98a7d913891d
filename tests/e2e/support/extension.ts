/**
 * Playwright fixtures: Debian's Chromium with the built extension loaded, the
 * site fixtures routed on their real hostnames, and every other host unresolvable.
 */
/// <reference types="chrome" />
import { type BrowserContext, test as base, type Worker } from '@playwright/test';
import { EXTENSION_ID, launchWithExtension } from './launch';

/**
 * Loads the sentence judge in the extension's offscreen document, as it is in a
 * browser that has been in use for a while (it loads once, on first use, in
 * about a second): tests of what a user meets while typing start from there.
 * The cold start has its own test (judgment.spec.ts).
 */
export async function warmJudge(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
  const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'judge-units', inputs: [{ sentence: 'Good morning.', context: '' }] }));
  await page.close();
  if (!(answer as { ok?: boolean } | null)?.ok) throw new Error(`the sentence judge did not load: ${JSON.stringify(answer)}`);
}

export const test = base.extend<{ context: BrowserContext; serviceWorker: Worker; extensionId: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take a destructured first argument
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await warmJudge(context);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;

/** The badge text the extension set for the active tab. */
export async function activeTabBadge(serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '(no tab)' : chrome.action.getBadgeText({ tabId: tab.id });
  });
}

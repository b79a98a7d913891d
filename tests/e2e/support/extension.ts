/**
 * Playwright fixtures: Debian's Chromium with the built extension loaded, the
 * site fixtures routed on their real hostnames, and every other host unresolvable.
 */
/// <reference types="chrome" />
import { type BrowserContext, test as base, type Worker } from '@playwright/test';
import { launchWithExtension } from './launch';

export const test = base.extend<{ context: BrowserContext; serviceWorker: Worker; extensionId: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take a destructured first argument
  context: async ({}, use) => {
    const context = await launchWithExtension();
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

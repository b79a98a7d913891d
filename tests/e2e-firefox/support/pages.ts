/** Driving a fixture site in Firefox: open it, type as a user does, read the overlay, the posts and the badge. */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { FixturePost } from '../../fixtures/sites/common/timeline';
import { SITE_ORIGINS } from '../../e2e/support/sites';
import type { ExtensionGlobal, FirefoxSession } from './firefox';
import type { FirefoxSurface } from './surfaces';

/** Something inside PostCheck's overlay (its shadow root is open in the test build). */
export const inOverlay = (selector: string) => `postcheck-overlay >>> ${selector}`;
export const CHIP = inOverlay('.chip');
export const DIALOG = inOverlay('dialog.prepost');

export interface OpenSurface {
  page: Page;
  editor: ElementHandle<Element>;
  submit: ElementHandle<Element>;
}

export async function openSurface(session: FirefoxSession, surface: FirefoxSurface): Promise<OpenSurface> {
  const page = await session.browser.newPage();
  await page.goto(SITE_ORIGINS[surface.site] + surface.path);
  await page.waitForSelector('html[data-postcheck="ready"]');
  await page.bringToFront();
  const editor = await page.waitForSelector(surface.editor);
  const submit = await page.waitForSelector(surface.submit);
  if (!editor || !submit) throw new Error(`${surface.name}: editor or submit control missing`);
  return { page, editor, submit };
}

export async function typeInto(page: Page, editor: ElementHandle<Element>, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.type(text);
}

export const textOf = (element: ElementHandle<Element>) => element.evaluate((el) => el.textContent ?? '');

export const posts = (page: Page): Promise<FixturePost[]> => page.evaluate(() => window.__posts ?? []);

export const count = async (page: Page, selector: string) => (await page.$$(selector)).length;

export async function textAt(page: Page, selector: string): Promise<string | undefined> {
  const element = await page.$(selector);
  return element ? textOf(element) : undefined;
}

/** Clicks one of the pre-post dialog's buttons by its label, as the user does (a trusted click). */
export async function clickDialogButton(page: Page, label: 'Edit post' | 'Post anyway'): Promise<void> {
  for (const button of await page.$$(inOverlay('dialog.prepost .prepost__actions button'))) {
    if ((await textOf(button)).trim() === label) return button.click();
  }
  throw new Error(`no "${label}" button in the dialog`);
}

/** PostCheck's markup must never be inside the site's editor. */
export function foreignMarkup(editor: ElementHandle<Element>): Promise<string[]> {
  return editor.evaluate((el) =>
    [...el.querySelectorAll('*')]
      .filter((n) => /postcheck|highlight/i.test(`${n.tagName} ${n.className} ${[...n.attributes].map((a) => a.name).join(' ')}`))
      .map((n) => n.outerHTML),
  );
}

/** The toolbar badges PostCheck has set on the site tabs (the harness's own extension tab left out), empty ones dropped. */
export async function siteBadges(session: FirefoxSession): Promise<string[]> {
  return session.extensionPage.evaluate(async () => {
    const { browser } = globalThis as ExtensionGlobal;
    const own = await browser.tabs.getCurrent();
    const tabs = (await browser.tabs.query({})).filter((tab) => tab.id !== undefined && tab.id !== own?.id);
    const texts = await Promise.all(tabs.map((tab) => browser.browserAction.getBadgeText({ tabId: tab.id })));
    return texts.filter((text) => text !== '');
  });
}

/** Closes every tab but the harness's extension tab: a failed test leaves no site tab (or badge) to the next one. */
export async function closeSiteTabs(session: FirefoxSession): Promise<void> {
  for (const page of await session.browser.pages()) if (page !== session.extensionPage && !page.isClosed()) await page.close();
}

/**
 * The popup in Firefox (its browserAction's page, opened here in a tab for
 * the site's tab, as tests/e2e/pages.spec.ts does in Chromium): the notes on
 * the draft grouped in plain words, each with its clause, and the bundled pack.
 */
import { expect, it } from 'vitest';
import { type ExtensionGlobal, openExtensionPage, useFirefoxSession } from './support/firefox';
import { closeSiteTabs, openSurface, siteBadges, typeInto } from './support/pages';
import { firefoxSurface } from './support/surfaces';

const firefox = useFirefoxSession(closeSiteTabs);

it('the popup lists the notes of the draft in the site tab, grouped, each with its clause', async () => {
  const { page, editor } = await openSurface(firefox(), firefoxSurface('Facebook Create post'));
  // Findings of validators (the same whatever the sentence judge reads): a door code, a coworker's phone, a city e-mail address.
  // The judge may add a note of its own beside them (a model's call, not this test's subject), so groups are asserted by name.
  await typeInto(page, editor, "The annex door code is 5591. Tina's cell is 318-555-0143. Write to me at ana.silva@cityofalexandriala.com");
  await expect.poll(() => siteBadges(firefox())).toEqual(['3']);
  // The site's tab is the active one (openSurface brought it to the front).
  const tabId = await firefox().extensionPage.evaluate(async () => (await (globalThis as ExtensionGlobal).browser.tabs.query({ active: true, currentWindow: true }))[0]?.id);
  expect(tabId).toBeTypeOf('number');

  const popup = await openExtensionPage(firefox(), `/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.category-group');
  const groups = await popup.$$eval('.category-group', (els) =>
    els.map((el) => ({ heading: el.querySelector('h3')?.textContent ?? '', notes: el.querySelectorAll('.finding').length, text: el.textContent ?? '' })),
  );
  const headings = groups.map((g) => g.heading);
  expect(headings[0]).toBe('Confidential information');
  expect(headings).toContain('Speaking for the city');
  expect(groups[0]?.notes).toBe(2);
  const primary = await popup.$$eval('.category-group .finding .citation__primary', (els) => els.map((el) => el.textContent ?? ''));
  expect(primary.some((text) => /^Employee Social Media Policy §4\.8 — Never share personnel data/.test(text))).toBe(true);
  expect(await popup.$eval('.pack-info', (el) => el.textContent ?? '')).toContain('Bundled with PostCheck');
  await popup.close();
  await page.close();
});

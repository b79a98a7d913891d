/**
 * The build employees get (`npm run build`, .output/chrome-mv3), seen from a
 * script in the site's page: a page that loads learns nothing about PostCheck
 * (no mark on <html>, no element of its own until it has something to show);
 * once it shows notes, its element has a neutral name, no attributes and a
 * closed shadow root, so the page reads no rule, category, clause or the
 * draft's findings from it — while the employee still reaches the notes and
 * the dialog with the keyboard, and screen readers still see them.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { activeTabBadge, expect, test as base } from './support/extension';
import { launchWithExtension, PRODUCTION_PATH } from './support/launch';
import { SITE_ORIGINS } from './support/sites';
import { posts, SURFACES } from './support/surfaces';

// Two block findings from the validators (door and gate codes): the same whatever the sentence judge reads.
const VIOLATING = 'the annex door code is 5591, and the gate code is 2280';
const X_HOME = SURFACES.find((s) => s.name === 'X home composer')!;

const test = base.extend<{ context: BrowserContext; serviceWorker: Worker }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take a destructured first argument
  context: async ({}, use) => {
    const context = await launchWithExtension({ extensionPath: PRODUCTION_PATH });
    await use(context);
    await context.close();
  },
});

/** What a page script sees of the document: every element's name and attributes, outside any closed shadow root. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const elements = [...document.querySelectorAll('*')];
    return {
      htmlChildren: [...document.documentElement.children].map((e) => e.localName),
      htmlAttributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
      attributes: elements.flatMap((e) => [...e.attributes].map((a) => `${e.localName} ${a.name}=${a.value}`)).join('\n'),
      names: elements.map((e) => e.localName).filter((n) => /postcheck/i.test(n)),
      text: document.documentElement.textContent ?? '',
    };
  });
}

async function openX(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${SITE_ORIGINS.x}/home`);
  await page.bringToFront();
  return page;
}

test('a page learns nothing from PostCheck, and cannot read or reach its notes and dialog; the keyboard and screen readers still can', async ({ context, serviceWorker }) => {
  // First make sure PostCheck runs in this browser (the badge counts a draft's notes).
  const warm = await openX(context);
  await warm.locator(X_HOME.editor).click();
  await warm.keyboard.type(VIOLATING);
  await expect.poll(() => activeTabBadge(serviceWorker), { timeout: 15_000 }).toBe('2');
  await warm.close();

  const page = await openX(context);
  const editor = page.locator(X_HOME.editor);
  await page.waitForTimeout(1500); // PostCheck has started on this page (it took well under a second on the first)
  await editor.click();
  await page.keyboard.type('Lovely morning walk by the river');
  await page.waitForTimeout(500);
  let seen = await pageView(page);
  expect(seen.htmlAttributes).toEqual(['lang=en']); // the fixture's own; PostCheck adds none (no data-postcheck)
  expect(seen.htmlChildren).toEqual(['head', 'body']);
  expect(seen.names).toEqual([]);

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(VIOLATING);
  await expect.poll(() => activeTabBadge(serviceWorker)).toBe('2');
  seen = await pageView(page);
  expect(seen.names).toEqual([]);
  expect(seen.htmlChildren).toHaveLength(3);
  const host = seen.htmlChildren[2]!;
  expect(host).toMatch(/^x-[0-9a-f]{8}$/);
  const reach = await page.evaluate((name) => {
    const el = document.querySelector(name)!;
    return { shadowRoot: el.shadowRoot === null, attributes: el.attributes.length, children: el.children.length, text: el.textContent };
  }, host);
  expect(reach).toEqual({ shadowRoot: true, attributes: 0, children: 0, text: '' });

  // Nothing of the findings anywhere a page script can read: rule ids, categories, messages, clause text.
  const stored = await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return (await chrome.storage.session.get(`tab:${tab!.id}`))[`tab:${tab!.id}`] as { findings: { ruleId: string; category: string; message: string; clauses: { text: string }[] }[] };
  });
  expect(stored.findings.length).toBe(2);
  for (const f of stored.findings) {
    for (const secret of [f.ruleId, f.category, f.message, ...f.clauses.map((c) => c.text.slice(0, 40))]) {
      expect(seen.attributes).not.toContain(secret);
      expect(seen.text).not.toContain(secret);
    }
  }

  // The post is held; the dialog took focus inside the closed root, where the page cannot follow.
  await page.locator(X_HOME.submit).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe(host);
  expect(await posts(page)).toEqual([]);
  expect(await page.evaluate(() => document.querySelectorAll('dialog, [role="alertdialog"]').length)).toBe(0);
  // Screen readers see the dialog (the accessibility tree includes closed shadow roots).
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
  expect(nodes.some((n) => n.role?.value === 'alertdialog' && n.name?.value === 'Before you post')).toBe(true);
  await cdp.detach();

  // Escape is "Edit post": back in the box, nothing posted. Then Tab to "Post anyway" and Enter posts once.
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();
  expect(await posts(page)).toEqual([]);
  await page.locator(X_HOME.submit).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe(host);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => posts(page)).toEqual([{ surface: 'home', text: VIOLATING }]);
});

/**
 * The extension's own pages as an employee meets them: the first-run
 * acknowledgement (kept across a browser restart), the popup, the policy page
 * with search, settings, and the practice page — keyboard use, dark theme and
 * axe (no serious or critical violations) included.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { activeTabBadge, expect, test } from './support/extension';
import { launchWithExtension } from './support/launch';
import { openSite } from './support/sites';

/** Every clause Alexandria's bundled pack quotes (its employee policy and its policy for the City's accounts): the popup's summary and the policy page list them all. */
const ALEXANDRIA_CLAUSES = (JSON.parse(readFileSync(new URL('../../rules/packs/alexandria/pack.json', import.meta.url), 'utf8')) as { policies: { clauses: unknown[] }[] }).policies.reduce(
  (n, p) => n + p.clauses.length,
  0,
);

async function seriousViolations(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function extensionIdOf(context: import('@playwright/test').BrowserContext): Promise<string> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(sw.url()).host;
}

test('first run asks for an acknowledgement, done by keyboard alone, and it is still on record after a browser restart', async () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'postcheck-profile-'));
  try {
    let context = await launchWithExtension({ userDataDir: profile, keepFirstRunTab: true });
    const extensionId = await extensionIdOf(context);
    await expect.poll(() => context.pages().find((p) => p.url().includes('/acknowledge.html'))?.url() ?? '', { timeout: 15_000 }).toContain('acknowledge.html');
    const ack = context.pages().find((p) => p.url().includes('/acknowledge.html'))!;
    // It opened before the employee picked a city (launchWithExtension plays that choice: Alexandria); read again, it is Alexandria's.
    await ack.reload();
    await expect(ack.getByRole('heading', { level: 1 })).toHaveText('City of Alexandria, Louisiana: please read the social-media policy');
    await expect(ack.locator('.summary li').first()).toBeVisible();
    expect(await seriousViolations(ack)).toEqual([]);

    // Keyboard only: name, confirmation, submit.
    await ack.getByLabel('Your name').focus();
    await ack.keyboard.type('Ana Silva');
    await ack.keyboard.press('Tab');
    await ack.keyboard.press('Space');
    await ack.keyboard.press('Tab');
    await ack.keyboard.press('Enter');
    await expect(ack.getByRole('status')).toContainText('Acknowledged by Ana Silva on');
    await context.close();

    context = await launchWithExtension({ userDataDir: profile });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('.done')).toContainText('Acknowledged by Ana Silva on');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('heading', { name: 'Your city’s policy in brief' })).toBeVisible();
    await expect(popup.locator('.reminder')).toHaveCount(0);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the popup: notes grouped by what they are about, one clause each, a reminder until acknowledged, the policy in brief, the pack and links', async ({ context, serviceWorker, extensionId }) => {
  const site = await openSite(context, 'facebook', '/');
  await site.locator('[role="dialog"] [data-lexical-editor="true"]').click();
  // Findings of validators (the same whatever the sentence judge reads): a door code, a coworker's phone, a city e-mail address.
  // The judge may add a note of its own beside them (a model's call, not this test's subject), so groups are asserted by name.
  await site.keyboard.type("The annex door code is 5591. Tina's cell is 318-555-0143. Write to me at ana.silva@cityofalexandriala.com");
  await expect.poll(() => activeTabBadge(serviceWorker)).toBe('3');
  const tabId = await serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('.reminder')).toContainText('You have not yet acknowledged');
  const groups = popup.locator('.category-group');
  // Headings in plain words, not strings of citations: the door code and the coworker's phone are both confidential, and block, so first.
  await expect(groups.locator('h3').first()).toHaveText('Confidential information');
  await expect(groups.locator('h3', { hasText: 'Speaking for the city' })).toHaveCount(1);
  await expect(groups.locator('h3', { hasText: /\d|§/ })).toHaveCount(0);
  await expect(groups.first().locator('.finding')).toHaveCount(2);
  const doorCode = groups.first().locator('.finding', { hasText: 'door, gate or alarm code' });
  await expect(doorCode).toContainText('door, gate or alarm code');
  // One primary clause, with its one-line summary and "Read it"; the official-accounts policy (which binds everyone here) is one click away.
  await expect(doorCode.locator('.citation__primary')).toHaveText(/^Employee Social Media Policy §4\.8 — Never share personnel data/);
  await expect(doorCode.locator('.citation__primary cite')).toHaveCount(1);
  const words = doorCode.locator('details.citation__text');
  await expect(words.locator('summary')).toHaveText('What the policy says (2 clauses)');
  await expect(words.getByText('No confidential information will be posted to any social media under any circumstances.')).toBeHidden();
  await words.locator('summary').click();
  await expect(words.getByText('No confidential information will be posted to any social media under any circumstances.')).toBeVisible();
  await expect(words).toContainText('Any disclosure of legally protected, confidential information');
  const opened = context.waitForEvent('page');
  await doorCode.getByRole('button', { name: 'Read it: Employee Social Media Policy §4.8' }).click();
  await expect(await opened).toHaveURL(/policy\.html#clause-employee-4-8$/);
  await expect(popup.locator('.summary li')).toHaveCount(ALEXANDRIA_CLAUSES);
  await expect(popup.getByRole('link', { name: 'Read Employee Social Media Policy §4.8' })).toHaveAttribute('href', '/policy.html#clause-employee-4-8');
  await expect(popup.locator('.pack-info')).toContainText('Bundled with PostCheck');
  for (const name of ['Read the full policy', 'Try a draft', 'Settings']) await expect(popup.getByRole('link', { name })).toBeVisible();
  expect(await seriousViolations(popup)).toEqual([]);
});

test('the policy page: every clause has an anchor, and search narrows the clauses', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/policy.html#clause-employee-4-8`);
  await expect(page.locator('#clause-employee-4-8')).toBeInViewport();
  await expect(page.locator('article.clause')).toHaveCount(ALEXANDRIA_CLAUSES);
  await page.getByLabel('Search the policy').fill('confidential');
  await expect(page.locator('#policy-search-count')).toHaveText(/^\d+ clauses? match/);
  const shown = await page.locator('article.clause').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(ALEXANDRIA_CLAUSES);
  for (const text of await page.locator('article.clause').allInnerTexts()) expect(text.toLowerCase()).toContain('confidential');
  expect(await seriousViolations(page)).toEqual([]);
});

test('settings: saved, kept, and used by the content script; the pack can be changed', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Strict mode').check();
  await page.getByLabel('This is a city computer').check();
  await page.getByLabel('Monday').check();
  await page.getByLabel('Start').fill('08:30');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Settings saved');
  await page.reload();
  await expect(page.getByLabel('Strict mode')).toBeChecked();
  await expect(page.getByLabel('Monday')).toBeChecked();
  await expect(page.getByLabel('Start')).toHaveValue('08:30');
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored.settings).toMatchObject({ strictMode: true, cityComputer: true, workHours: { days: [1], start: '08:30', end: '17:00' } });

  await page.getByLabel('City rule pack').selectOption({ label: 'City of Vicksburg, Mississippi' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Settings saved');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { level: 1 })).toContainText('Vicksburg');
});

test('pages follow the system’s dark theme, and the practice page passes axe', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(23, 24, 28)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  await page.getByRole('button', { name: 'Harassment' }).click();
  await expect(page.locator('main .finding').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

/**
 * IT's managed configuration through Chromium's real policy mechanism: a JSON
 * policy file under /etc/chromium/policies/managed (needs root, as in CI).
 * Locked settings show as locked; the template pack gets its city; strict mode
 * and the acknowledgement requirement take effect.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from './support/extension';
import { launchWithExtension } from './support/launch';
import { openSite } from './support/sites';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/postcheck-e2e.json`;
const EXTENSION_ID = 'gaipkpccmnbbmdidggkfbeccicjahcgl';
const canWritePolicy = process.getuid?.() === 0;

test.skip(!canWritePolicy, 'writing Chromium policy files needs root (CI runs as root)');

test.beforeEach(() => {
  mkdirSync(POLICY_DIR, { recursive: true });
  const policy = {
    packId: 'template',
    cityName: 'City of Springfield',
    cityEmailDomains: ['springfield.gov'],
    strictMode: true,
    workDays: [1, 2, 3, 4, 5],
    workStart: '08:00',
    workEnd: '16:00',
    requireAcknowledgement: true,
  };
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
});
test.afterEach(() => {
  if (existsSync(POLICY_FILE)) rmSync(POLICY_FILE);
});

// The default fixture launches before beforeEach runs, so this file launches its own browser.
test('settings IT fixes are locked, and they apply to checking', async () => {
  const context = await launchWithExtension();
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await expect.poll(() => sw.evaluate(() => chrome.storage.managed.get().then((m) => m.packId ?? null))).toBe('template');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await expect(options.getByLabel('Strict mode')).toBeChecked();
    await expect(options.getByLabel('Strict mode')).toBeDisabled();
    await expect(options.getByLabel('City rule pack')).toBeDisabled();
    await expect(options.getByLabel('City rule pack')).toHaveValue('template');
    await expect(options.getByLabel('Monday')).toBeDisabled();
    await expect(options.getByLabel('Monday')).toBeChecked();
    await expect(options.getByLabel('Start')).toHaveValue('08:00');
    await expect(options.getByText('Set by your IT department')).toHaveCount(3);
    // Not managed: still the employee's to change.
    await expect(options.getByLabel('This is a city computer')).toBeEnabled();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('PostCheck · City of Springfield');
    await expect(popup.locator('.reminder')).toContainText('Your IT department asks every employee to read and acknowledge');

    // The template pack knows the city's e-mail domain only from the managed configuration.
    const site = await openSite(context, 'x', '/home');
    await site.locator('[data-surface="home"] [data-testid="tweetTextarea_0"]').click();
    await site.keyboard.type('DM me or write to ana@springfield.gov');
    await expect(site.locator('postcheck-overlay .chip')).toHaveText('1 policy note');
  } finally {
    await context.close();
  }
});

/**
 * IT's Firefox path, end to end: a policies.json (in a private copy of
 * Firefox's distribution folder, support/policy.ts) force-installs the packed
 * add-on from IT's web server through ExtensionSettings and configures it
 * through 3rdparty. The settings show as locked, the signed pack IT publishes
 * is fetched and used, and a tampered one is refused with the reason while
 * the last good pack stays. Needs root and unshare (CI runs as root).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKeys } from '../../rules/signed-pack';
import { packDoc as publishedPack, sign, source } from '../e2e/support/pack-server';
import { type ExtensionGlobal, FIREFOX_EXTENSION_PATH, type FirefoxSession, GECKO_ID, launchFirefox, openExtensionPage } from './support/firefox';
import type { HostAnswer, SeenRequest } from './support/fixture-proxy';
import { CHIP, openSurface, textAt, typeInto } from './support/pages';
import { canUsePrivatePolicy, distributionDir, policyLauncher } from './support/policy';
import { firefoxSurface } from './support/surfaces';

const IT_HOST = 'it.alexandriala.gov';
// Plain http for the add-on only: Firefox downloads it at start-up, before the test session can tell it to
// take this run's self-made certificate (a city's server has a real one). The pack is fetched later, over https.
const XPI_URL = `http://${IT_HOST}/postcheck/postcheck.xpi`;
const PACK_URL = `https://${IT_HOST}/postcheck/pack.json`;
const floor = source.version;
/** A phrase only the published pack treats as a confidentiality marker. */
const NEW_MARKER = 'bluebird protocol';

function markedPack(version: number): Record<string, unknown> {
  const doc = publishedPack({ version });
  const marker = doc.rules.find((r) => r.id === 'confidential-marker');
  marker?.detector.phrases?.push(NEW_MARKER);
  if (marker) (marker as { firm?: boolean }).firm = true; // flagged every time, whatever the sentence judge reads
  return doc;
}

/** The test build packed as IT would host it (web-ext's zip is the .xpi; unsigned, which ESR allows with xpinstall.signatures.required off). */
function packXpi(): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'postcheck-xpi-'));
  execFileSync('node_modules/.bin/web-ext', ['build', '--source-dir', FIREFOX_EXTENSION_PATH, '--artifacts-dir', dir, '--filename', 'postcheck.xpi', '--no-config-discovery'], { stdio: 'pipe' });
  return readFileSync(path.join(dir, 'postcheck.xpi'));
}

const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag, Last-Modified', 'cache-control': 'no-cache' };

async function checkNow(session: FirefoxSession): Promise<Page> {
  const options = await openExtensionPage(session, '/options.html');
  const button = await options.waitForSelector('::-p-text(Check for updates now)');
  await button?.click();
  await options.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Check for updates now' && !b.disabled), { timeout: 40_000 });
  return options;
}

const SKIP = canUsePrivatePolicy() ? '' : 'a private copy of the policy folder needs root and unshare (CI runs as root)';
// Skipped with its reason shown, as the Chromium suite's policy tests are.
if (SKIP) it('force-installed and configured by policies.json', (context) => context.skip(SKIP));

describe.skipIf(SKIP !== '')('force-installed and configured by policies.json', () => {
  let session: FirefoxSession;
  let packAnswer: HostAnswer;
  const itRequests: SeenRequest[] = [];
  let machineBefore: string[] = [];
  let publicKey = '';
  let privateKey: Uint8Array;

  beforeAll(async () => {
    machineBefore = readdirSync(distributionDir());
    const key = await generateSigningKeys();
    publicKey = key.publicSpkiBase64;
    privateKey = key.privatePkcs8;
    packAnswer = { headers: { 'content-type': 'application/json', ...CORS }, body: await sign(markedPack(floor + 1), privateKey) };
    const xpi = packXpi();
    const launcher = policyLauncher({
      ExtensionSettings: { [GECKO_ID]: { installation_mode: 'force_installed', install_url: XPI_URL } },
      '3rdparty': { Extensions: { [GECKO_ID]: { packId: 'alexandria', packUrl: PACK_URL, packPublicKey: publicKey, strictMode: true } } },
    });
    session = await launchFirefox({
      executablePath: launcher,
      installBuild: false,
      hosts: {
        [IT_HOST]: (request) => {
          itRequests.push(request);
          if (request.url === XPI_URL) return { headers: { 'content-type': 'application/x-xpinstall' }, body: xpi };
          if (request.url === PACK_URL) return packAnswer;
          return { status: 404 };
        },
      },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is installed by policy from IT’s server, with the machine’s folder untouched', async () => {
    expect(readdirSync(distributionDir())).toEqual(machineBefore);
    expect(itRequests.map((r) => r.url)).toContain(XPI_URL);
    const self = await session.extensionPage.evaluate(() => (globalThis as ExtensionGlobal).browser.management.getSelf());
    expect(self.installType).toBe('admin');
  });

  it('shows the settings IT fixed as locked', async () => {
    const options = await openExtensionPage(session, '/options.html');
    await options.waitForSelector('#pack');
    const strict = await options.$eval('input[aria-describedby="strict-hint"]', (el) => ({ checked: (el as HTMLInputElement).checked, disabled: (el as HTMLInputElement).disabled }));
    expect(strict).toEqual({ checked: true, disabled: true });
    expect(await options.$eval('#pack', (el) => ({ value: (el as HTMLSelectElement).value, disabled: (el as HTMLSelectElement).disabled }))).toEqual({ value: 'alexandria', disabled: true });
    expect(await options.$$eval('#strict-lock, #pack-lock', (els) => els.map((el) => el.textContent))).toEqual(['Set by your IT department', 'Set by your IT department']);
    // Not managed: still the employee's to change.
    expect(await options.$eval('input[aria-describedby="city-computer-hint"]', (el) => (el as HTMLInputElement).disabled)).toBe(false);
    await options.close();
  });

  it('fetches and uses the signed pack IT publishes, and refuses a tampered one', async () => {
    let options = await checkNow(session);
    expect(await textAt(options, '.pack-info')).toContain(`${floor + 1}, dated`);
    expect(await textAt(options, '.pack-error')).toBeUndefined();
    await options.close();
    expect(itRequests.filter((r) => r.url === PACK_URL).map((r) => ({ method: r.method, body: r.body }))).toContainEqual({ method: 'GET', body: '' });

    // The new pack changes what is flagged on the sites.
    const { page, editor } = await openSurface(session, firefoxSurface('X home composer'));
    await typeInto(page, editor, `Per the ${NEW_MARKER}, meetings move to Tuesday`);
    await expect.poll(() => textAt(page, CHIP)).toBe('1 policy note');
    await page.close();

    const tampered = JSON.parse(await sign(markedPack(floor + 2), privateKey)) as { payload: string };
    tampered.payload = Buffer.from(Buffer.from(tampered.payload, 'base64').toString('utf8').replace('Ask your supervisor', 'Ask Mallory')).toString('base64');
    packAnswer = { headers: { 'content-type': 'application/json', ...CORS }, body: JSON.stringify(tampered) };
    options = await checkNow(session);
    expect(await textAt(options, '.pack-error')).toMatch(/signature does not match/);
    expect(await textAt(options, '.pack-info')).toContain(`${floor + 1}, dated`);
    await options.close();
  });
});

/**
 * Launches Debian's Firefox ESR over WebDriver BiDi (puppeteer-core, no browser
 * download) with PostCheck's Firefox test build installed as a temporary
 * add-on, and every request sent to the fixture proxy: the three sites answer
 * on their real hostnames, every other host is refused. Nothing machine-wide
 * changes: the proxy and the rest are prefs of a throwaway profile.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { type FixtureProxy, type HostHandler, startFixtureProxy } from './fixture-proxy';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** `npm run build:firefox:e2e`: the Firefox build plus the readiness mark and the open overlay root (utils/test-build.ts). */
export const FIREFOX_EXTENSION_PATH = path.resolve('.output/firefox-mv2-e2e');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'postcheck@postcheck.example';
/** Firefox gives each profile a random moz-extension:// host; this pins it so tests can open the extension's pages. */
const EXTENSION_UUID = '5b0f2a6e-4d1c-4c35-9a53-7e1f0c2d9b11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  proxy: FixtureProxy;
  /** An extension page (the popup's) kept open in a tab of its own: the harness's handle on the extension's APIs. */
  extensionPage: Page;
  close(): Promise<void>;
}

/** Prefs that send every request to the proxy and keep Firefox's own services quiet. */
function networkPrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    // Even localhost and 127.0.0.1 go through the proxy, so nothing leaves unrecorded.
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // No DNS of Firefox's own: no DNS-over-HTTPS, prefetch or speculative connections around the proxy.
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.predictor.enabled': false,
    'network.http.http3.enable': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.push.connection.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.blocklist.enabled': false,
  };
}

export interface LaunchOptions {
  /** Another Firefox executable (a launcher script that gives it a private policy folder). */
  executablePath?: string;
  /** Install the test build as a temporary add-on (default); false when policy force-installs it. */
  installBuild?: boolean;
  extraPrefs?: Record<string, unknown>;
  /** Hosts served besides the three sites (IT's web server). */
  hosts?: Readonly<Record<string, HostHandler>>;
}

/** The extension's API inside one of its own pages, for page.evaluate. */
export type ExtensionGlobal = typeof globalThis & { browser: ExtensionApi };

/**
 * The tab whose document is at `url`. WebDriver BiDi reports extension pages' tabs as about:blank (and may
 * not navigate a tab to moz-extension:// at all), so each tab is asked where its document is.
 */
async function pageAt(browser: Browser, url: string, timeout: number, skip: readonly Page[] = []): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (skip.includes(page)) continue;
      const where = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
      if (where === url) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no tab at ${url} within ${timeout} ms`);
}

/**
 * The harness's handle on the extension: the acknowledgement page PostCheck opens itself on install (which also
 * says the add-on is up), moved to the popup page; from there extension pages open others (openExtensionPage).
 */
async function takeFirstRunTab(browser: Browser, timeout: number): Promise<Page> {
  const page = await pageAt(browser, `${EXTENSION_ORIGIN}/acknowledge.html`, timeout);
  await page.evaluate(() => location.assign('/popup.html'));
  return pageAt(browser, `${EXTENSION_ORIGIN}/popup.html`, 10_000);
}

/** Opens one of the extension's pages (path from its root, query included) in a new tab, as the extension itself can. */
export async function openExtensionPage(session: FirefoxSession, pagePath: string): Promise<Page> {
  const url = EXTENSION_ORIGIN + pagePath;
  await session.extensionPage.evaluate((u) => (globalThis as ExtensionGlobal).browser.tabs.create({ url: u }).then(() => undefined), url);
  return pageAt(session.browser, url, 10_000, [session.extensionPage]);
}

/** Loads the sentence judge once, as in a browser in use for a while (tests of typing start from there). */
async function warmJudge(page: Page): Promise<void> {
  const answer = await page.evaluate(() =>
    (globalThis as ExtensionGlobal).browser.runtime.sendMessage({ type: 'judge-units', inputs: [{ sentence: 'Good morning.', context: '' }] }),
  );
  if (!(answer as { ok?: boolean } | null)?.ok) throw new Error(`the sentence judge did not load: ${JSON.stringify(answer)}`);
}

/**
 * The employee's first-run choice of city, stored as the popup stores it (with nothing configured PostCheck checks with
 * the template until one is picked): the suite's drafts are written for Alexandria. IT's pack, where configured, wins.
 */
async function pickCity(page: Page, packId: string): Promise<void> {
  await page.evaluate(async (id: string) => {
    const storage = (globalThis as ExtensionGlobal).browser.storage.local;
    if (!(await storage.get('settings')).settings) await storage.set({ settings: { packId: id } });
  }, packId);
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  const installBuild = options.installBuild ?? true;
  if (installBuild && !existsSync(path.join(FIREFOX_EXTENSION_PATH, 'manifest.json'))) throw new Error('Build the extension first: npm run build:firefox:e2e');
  const proxy = await startFixtureProxy(options.hosts);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: options.executablePath ?? FIREFOX_PATH,
      headless: true,
      // The proxy's certificate for x.com and the others is self-made for this run.
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        ...networkPrefs(proxy.port),
        'xpinstall.signatures.required': false,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        ...options.extraPrefs,
      },
    });
    if (installBuild) await browser.installExtension(FIREFOX_EXTENSION_PATH);
    // A policy's force-install downloads and installs the add-on after start-up: give it longer.
    const extensionPage = await takeFirstRunTab(browser, installBuild ? 10_000 : 30_000);
    await warmJudge(extensionPage);
    await pickCity(extensionPage, 'alexandria');
    const started = browser;
    return {
      browser: started,
      proxy,
      extensionPage,
      close: async () => {
        await started.close();
        await proxy.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await proxy.close();
    throw error;
  }
}

/**
 * One Firefox for a test file: launched before its tests, the sites' tabs
 * closed after each (when `afterEachTest` says so), closed after the last.
 * Returns a getter, as the session exists only once beforeAll has run.
 */
export function useFirefoxSession(afterEachTest?: (session: FirefoxSession) => Promise<void>): () => FirefoxSession {
  let session: FirefoxSession | undefined;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  if (afterEachTest) afterEach(async () => session && afterEachTest(session));
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('Firefox has not started');
    return session;
  };
}

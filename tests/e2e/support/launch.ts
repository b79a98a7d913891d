/**
 * Launches Debian's Chromium with the built extension loaded and the site
 * fixtures routed on their real hostnames; every other host is unresolvable.
 * Plain module (no test runner), so scripts can use it too.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { routeSites } from './sites';

/**
 * The test build (`npm run build:e2e`): the shipped code plus a readiness mark on the page and an open shadow
 * root for Playwright to read the overlay (see utils/test-build.ts). The build employees get is PRODUCTION_PATH.
 */
export const EXTENSION_PATH = path.resolve('.output/chrome-mv3-e2e');
export const PRODUCTION_PATH = path.resolve('.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for every launch: no sandbox (root in CI), no Google services, and no DNS except 127.0.0.1. */
export const BASE_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
    '--disable-component-update',
    '--disable-background-networking',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    // No DNS at all: routed fixture hosts are answered before DNS, everything else fails.
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export function chromiumArgs(extensionPath = EXTENSION_PATH): string[] {
  return [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, ...BASE_ARGS];
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  /** Reuse a profile directory (to test what survives a browser restart); a fresh one by default. */
  userDataDir?: string;
  /** Keep the acknowledgement tab PostCheck opens on first run (closed by default so it cannot take focus mid-test). */
  keepFirstRunTab?: boolean;
  /**
   * PostCheck's managed configuration, delivered the way IT does: a Chromium policy file.
   * Chromium reads policies machine-wide from /etc/chromium, so this browser runs in its
   * own mount namespace with a private copy of that folder (needs root and `unshare`).
   */
  managedPolicy?: Record<string, unknown>;
  /** Browser-wide policies for the same private folder (ExtensionSettings for force-install). */
  browserPolicy?: Record<string, unknown>;
  /** Install PostCheck the way IT does (policy + update server) instead of loading the build; needs browserPolicy. */
  forceInstalled?: { id: string };
  /** More Chromium flags (a network log, a console log file). */
  extraArgs?: string[];
  /** Another build to load (PRODUCTION_PATH: what employees get); the test build by default. */
  extensionPath?: string;
  /** The browser's interface language ("es-MX"), as chrome.i18n.getUILanguage() reports it to the extension. */
  locale?: string;
  /**
   * Leave the city unchosen, as on a fresh install with nothing configured (the popup asks). By default the tests
   * play an employee who picked Alexandria at first run (the city most fixtures are written for).
   */
  firstRun?: boolean;
}

export const EXTENSION_ID = 'gaipkpccmnbbmdidggkfbeccicjahcgl';

/** Whether this machine can give a browser its own private policy folder. */
export function canUsePrivatePolicy(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/unshare');
}

/**
 * A Chromium launcher that bind-mounts a private /etc/chromium (holding only our policy)
 * inside a new mount namespace, then execs the real browser: the machine's folder is never touched.
 */
function privatePolicyLauncher(policy: Record<string, unknown>, browserPolicy: Record<string, unknown> = {}, id = EXTENSION_ID): string {
  const root = mkdtempSync(path.join(tmpdir(), 'postcheck-policy-'));
  const etc = path.join(root, 'etc-chromium');
  mkdirSync(path.join(etc, 'policies', 'managed'), { recursive: true });
  for (const name of ['master_preferences', 'initial_preferences']) {
    if (existsSync(`/etc/chromium/${name}`)) copyFileSync(`/etc/chromium/${name}`, path.join(etc, name));
  }
  writeFileSync(path.join(etc, 'policies', 'managed', 'postcheck.json'), JSON.stringify({ ...browserPolicy, '3rdparty': { extensions: { [id]: policy } } }));
  const launcher = path.join(root, 'chromium-with-policy.sh');
  writeFileSync(
    launcher,
    `#!/bin/sh\nexec unshare --mount --propagation private sh -c 'mount --bind "$0" /etc/chromium && exec "$@"' "${etc}" "${CHROMIUM_PATH}" "$@"\n`,
  );
  chmodSync(launcher, 0o755);
  return launcher;
}

/** Waits briefly for the first-run acknowledgement tab and closes it. */
async function closeFirstRunTab(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const tab = context.pages().find((p) => p.url().includes('/acknowledge.html'));
    if (tab) return tab.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  const extensionPath = options.extensionPath ?? EXTENSION_PATH;
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`Build the extension first: ${extensionPath === PRODUCTION_PATH ? 'npm run build' : 'npm run build:e2e'}`);
  }
  const usesPolicy = options.managedPolicy || options.browserPolicy;
  const forced = options.forceInstalled;
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: usesPolicy ? privatePolicyLauncher(options.managedPolicy ?? {}, options.browserPolicy, forced?.id) : CHROMIUM_PATH,
    headless: true,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    // A force-installed extension needs the extension system and its updater, which Playwright turns off by default.
    ...(forced ? { ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'] } : {}),
    args: [...(forced ? ['--disable-default-apps', ...BASE_ARGS.filter((a) => a !== '--disable-background-networking')] : chromiumArgs(extensionPath)), ...(options.extraArgs ?? [])],
  });
  await routeSites(context);
  if (!options.keepFirstRunTab && !options.userDataDir) await closeFirstRunTab(context);
  if (!options.firstRun && !forced) await pickCity(context, 'alexandria');
  return context;
}

/** The employee's first-run choice of city, stored as the popup stores it; a choice already made (a reused profile) stays. */
async function pickCity(context: BrowserContext, packId: string): Promise<void> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(async (id) => {
    const { settings } = await chrome.storage.local.get('settings');
    if (!settings) await chrome.storage.local.set({ settings: { packId: id } });
  }, packId);
}

/** The same browser and fixtures with no extension at all: the baseline for the benchmark. */
export async function launchWithoutExtension(): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', { executablePath: CHROMIUM_PATH, headless: true, args: BASE_ARGS });
  await routeSites(context);
  return context;
}

/**
 * Launches Debian's Chromium with the built extension loaded and the site
 * fixtures routed on their real hostnames; every other host is unresolvable.
 * Plain module (no test runner), so scripts can use it too.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { routeSites } from './sites';

export const EXTENSION_PATH = path.resolve('.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumArgs(extensionPath = EXTENSION_PATH): string[] {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
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
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  /** Reuse a profile directory (to test what survives a browser restart); a fresh one by default. */
  userDataDir?: string;
  /** Keep the acknowledgement tab PostCheck opens on first run (closed by default so it cannot take focus mid-test). */
  keepFirstRunTab?: boolean;
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
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    args: chromiumArgs(),
  });
  await routeSites(context);
  if (!options.keepFirstRunTab && !options.userDataDir) await closeFirstRunTab(context);
  return context;
}

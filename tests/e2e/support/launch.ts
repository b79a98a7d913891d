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

export async function launchWithExtension(options: { viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    args: chromiumArgs(),
  });
  await routeSites(context);
  return context;
}

/**
 * Serves the site fixtures on the real hostnames through Playwright routing:
 * the real content script runs on https://x.com/… with no network at all.
 * fixtureResponse is shared with the Firefox suite's proxy (tests/e2e-firefox/).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';

const SITES_DIR = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));

export const SITE_ORIGINS = {
  x: 'https://x.com',
  facebook: 'https://www.facebook.com',
  linkedin: 'https://www.linkedin.com',
} as const;
export type FixtureSite = keyof typeof SITE_ORIGINS;

function readFixture(path: string): string {
  try {
    return readFileSync(SITES_DIR + path, 'utf8');
  } catch {
    throw new Error(`Missing fixture ${path}: run "npm run fixtures" first.`);
  }
}

export interface FixtureResponse {
  status: number;
  contentType: string;
  body: string;
}

/** What a fixture site answers for a path: its bundled app, no favicon, and its one page for every other path. */
export function fixtureResponse(site: FixtureSite, pathname: string): FixtureResponse {
  if (pathname === '/__fixture__/app.js') return { status: 200, contentType: 'text/javascript; charset=utf-8', body: readFixture(`dist/${site}.js`) };
  if (pathname === '/favicon.ico') return { status: 204, contentType: 'text/plain', body: '' };
  return { status: 200, contentType: 'text/html; charset=utf-8', body: readFixture(`${site}/index.html`) };
}

export async function routeSites(context: BrowserContext): Promise<void> {
  for (const [site, origin] of Object.entries(SITE_ORIGINS) as [FixtureSite, string][]) {
    await context.route(`${origin}/**`, (route) => route.fulfill(fixtureResponse(site, new URL(route.request().url()).pathname)));
  }
}

/**
 * Opens a fixture site on its real hostname, waits for the content script (unless the browser has no
 * extension: the benchmark's baseline), and brings the tab to the front.
 */
export async function openSite(context: BrowserContext, site: FixtureSite, path: string, withExtension = true): Promise<Page> {
  const page = await context.newPage();
  await page.goto(SITE_ORIGINS[site] + path);
  if (withExtension) await page.locator('html[data-postcheck="ready"]').waitFor({ state: 'attached' });
  await page.bringToFront();
  return page;
}

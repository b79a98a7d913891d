/**
 * Zero egress in Firefox, from the proxy's record of every request the
 * browser made (pages, content scripts, the background page all go through
 * it): a violating draft on each of the three sites, held by the dialog and
 * then posted, leaves only the sites' own fixture files fetched, nothing sent
 * by the extension, and no request holding any part of the draft.
 */
import { expect, it } from 'vitest';
import { useFirefoxSession } from './support/firefox';
import type { SeenRequest } from './support/fixture-proxy';
import { CHIP, clickDialogButton, closeSiteTabs, count, DIALOG, openSurface, posts, textAt, typeInto } from './support/pages';
import { firefoxSurface } from './support/surfaces';

const SECRET = 'Dave from payroll is pregnant, her cell is 703-555-0143';
const FRAGMENTS = ['pregnant', '703-555-0143', '7035550143', 'Dave from payroll', 'payroll'];
const SURFACES = [firefoxSurface('X home composer'), firefoxSurface('Facebook Create post'), firefoxSurface('LinkedIn share (Quill, shadow root)')];

/** Whether a request holds a fragment as text, URL-encoded, or as the hex or base64 of its bytes. */
function holds(request: SeenRequest, fragment: string): boolean {
  const all = `${request.url}\n${request.headers}\n${request.body}`.toLowerCase();
  const bytes = Buffer.from(fragment, 'utf8');
  return [fragment, encodeURIComponent(fragment), bytes.toString('hex'), bytes.toString('base64').replace(/=+$/, '')].some((form) => all.includes(form.toLowerCase()));
}

const firefox = useFirefoxSession(closeSiteTabs);

it('a violating draft on each site: only the sites’ own files are fetched, and no request holds the draft', async () => {
  for (const surface of SURFACES) {
    const { page, editor, submit } = await openSurface(firefox(), surface);
    await typeInto(page, editor, SECRET);
    await expect.poll(() => textAt(page, CHIP), { timeout: 20_000 }).toMatch(/policy note/);
    await submit.click();
    await expect.poll(() => count(page, DIALOG)).toBe(1);
    await clickDialogButton(page, 'Post anyway');
    await expect.poll(() => posts(page)).toEqual([{ surface: surface.recordedAs, text: SECRET }]);
    await page.close();
  }
  const { requests, refused } = firefox().proxy;
  // The proxy did see the traffic: each site's page and app.
  expect(requests.map((r) => new URL(r.url).host)).toEqual(expect.arrayContaining(['x.com', 'www.facebook.com', 'www.linkedin.com']));
  // What reached the sites is the pages loading their own files: GETs with no body.
  const allowedPaths = new Set(['/__fixture__/app.js', '/favicon.ico', ...SURFACES.map((s) => new URL(`https://h${s.path}`).pathname)]);
  expect(requests.filter((r) => r.method !== 'GET' || r.body !== '' || !allowedPaths.has(new URL(r.url).pathname))).toEqual([]);
  // Nothing from the extension, anywhere (its requests carry its moz-extension origin).
  expect([...requests, ...refused].filter((r) => r.headers.includes('moz-extension'))).toEqual([]);
  // No request of any kind, answered or refused (Firefox's own services are refused), holds the draft.
  expect([...requests, ...refused].filter((r) => FRAGMENTS.some((f) => holds(r, f)))).toEqual([]);
});

/**
 * Zero egress, proved from the browser's own records rather than from what
 * Playwright can see: Chromium writes every network request of every context
 * (pages, content scripts, the service worker, the offscreen document) to a
 * net log, and every console message to a log file. A session of violating
 * drafts and attached photos on all three sites, with IT's pack server
 * configured, and a report to IT prepared with the flagged sentence in it,
 * must leave the pack GET as the extension's only request, no draft or photo
 * content in any request, log or store.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { generateSigningKeys } from '../../rules/signed-pack';
import { encodeJpeg, landscape, withGps } from '../support/images';
import { expect, test } from './support/extension';
import { canUsePrivatePolicy, EXTENSION_ID, launchWithExtension } from './support/launch';
import { packDoc, type SeenRequest, sign, source, startPackServer } from './support/pack-server';
import { choosePhotos, jpegFile, memoPhoto, PHOTO_SURFACES, photoNotes } from './support/photos';
import { storedByExtension } from './support/storage';
import { hoverCard, openSurface, overlay, SURFACES } from './support/surfaces';

const SECRET = 'Dave from payroll is pregnant, her cell is 703-555-0143';
/** Fragments of the draft and of what is in the photos (the memo's words, the GPS coordinates). */
const FRAGMENTS = ['pregnant', '703-555-0143', 'Dave from payroll', 'MEMORANDUM', 'Public Works staff', '38.8048', '77.0434'];
const SITE_HOSTS = /^https:\/\/(x\.com|www\.facebook\.com|www\.linkedin\.com)\//;
const SITE_ORIGINS = ['https://x.com', 'https://www.facebook.com', 'https://www.linkedin.com'];

interface NetRequest {
  url: string;
  method: string;
  initiator: string;
}

/** Every request the network service started, from Chromium's net log. */
function requestsInNetLog(file: string): { requests: NetRequest[]; text: string } {
  const text = readFileSync(file, 'utf8');
  const log = JSON.parse(text) as { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: Record<string, string> }[] };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const requests = log.events
    .filter((e) => e.type === start && e.params?.url)
    .map((e) => ({ url: e.params!.url!, method: e.params!.method ?? '', initiator: e.params!.initiator ?? '' }));
  return { requests, text };
}

/** Whether a log holds a fragment as text, URL-encoded, or as the hex or base64 of its bytes. */
function holds(log: string, fragment: string): boolean {
  const bytes = Buffer.from(fragment, 'utf8');
  const lower = log.toLowerCase();
  return [fragment, encodeURIComponent(fragment), bytes.toString('hex'), bytes.toString('base64').replace(/=+$/, '')].some((form) => lower.includes(form.toLowerCase()));
}

async function checkForUpdatesNow(context: BrowserContext): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await options.getByRole('button', { name: 'Check for updates now' }).click();
  await expect(options.locator('.pack-info')).toContainText(`${source.version + 1}, dated`, { timeout: 40_000 });
  await options.close();
}

test('violating drafts and photos on all three sites: the pack GET is the only request, and nothing is kept or logged', async () => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'postcheck-egress-'));
  const netLog = path.join(dir, 'net-log.json');
  const consoleLog = path.join(dir, 'chromium.log');
  // IT's pack server needs a managed configuration (a private policy folder: root, as in CI); without it the extension must make no request at all.
  const managed = canUsePrivatePolicy();
  const key = await generateSigningKeys();
  const published = await sign(packDoc({ version: source.version + 1 }), key.privatePkcs8);
  const seen: SeenRequest[] = [];
  const server = managed ? await startPackServer(() => ({ body: published }), seen) : undefined;
  const context = await launchWithExtension({
    ...(server ? { managedPolicy: { packUrl: server.url, packPublicKey: key.publicSpkiBase64 } } : {}),
    extraArgs: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Everything', '--enable-logging', `--log-file=${consoleLog}`],
  });
  const pageRequests: { url: string; body: string }[] = [];
  context.on('request', (r) => pageRequests.push({ url: r.url(), body: r.postData() ?? '' }));
  let stored: { databases: string[]; text: string };
  const photoBytes: string[] = [];
  try {
    const serviceWorker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (server) await checkForUpdatesNow(context);

    for (const { surface: name, fileInput } of PHOTO_SURFACES) {
      const surface = SURFACES.find((s) => s.name === name)!;
      const { page, editor, submit } = await openSurface(context, surface);
      const memo = await memoPhoto(page);
      const trail = jpegFile('trail.jpg', withGps(encodeJpeg(landscape()), 38.8048, -77.0434));
      photoBytes.push(memo.buffer.subarray(400, 440).toString('hex'), memo.buffer.subarray(400, 440).toString('base64'));
      await choosePhotos(page.locator(fileInput), [memo, trail]);
      await editor.click();
      await page.keyboard.type(SECRET);
      // The draft and both photos were checked: their notes are shown.
      await expect
        .poll(async () => photoNotes(page), { timeout: 90_000 })
        .toEqual(expect.arrayContaining(['confidential-marker @ In attached photo 1', 'photo-location @ In attached photo 2', 'coworker-contact @ text']));
      await overlay(page).getByRole('button', { name: 'Close notes' }).click();
      if (name === PHOTO_SURFACES[0]!.surface) {
        // "Tell IT this note is wrong", the flagged sentence included and copied: the report stays on the clipboard.
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
        const card = await hoverCard(page, 'warn');
        await card.getByRole('button', { name: 'Tell IT this note is wrong' }).click();
        const form = card.getByRole('group', { name: 'Tell IT this note is wrong' });
        await form.getByRole('checkbox', { name: 'Include the flagged sentence' }).check();
        await form.getByRole('button', { name: 'Copy the report' }).click();
        await expect(form.getByRole('status')).toHaveText(/^Report copied/);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Flagged sentence:');
        await page.mouse.move(0, 0);
      }
      await submit.click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Edit post' }).click();
      // Proof that this log records console messages from these pages at all.
      await page.evaluate(() => console.info('postcheck-egress-probe'));
    }
    stored = await storedByExtension(serviceWorker);
  } finally {
    await context.close(); // flushes the net log and the console log
    server?.stop();
  }

  // What Playwright saw (pages and the service worker): the fixture sites, the extension's own files, the pack.
  expect(pageRequests.filter((r) => !SITE_HOSTS.test(r.url) && !r.url.startsWith('chrome-extension:') && r.url !== server?.url)).toEqual([]);
  expect(pageRequests.filter((r) => FRAGMENTS.some((f) => holds(r.url + r.body, f)))).toEqual([]);

  // Every request started by the extension (service worker, offscreen document, its pages) or by a site page
  // (where a content script's requests would show): the sites' own fixture files, and the pack from IT's server.
  const { requests, text: netText } = requestsInNetLog(netLog);
  const ours = requests.filter((r) => r.initiator === `chrome-extension://${EXTENSION_ID}` || SITE_ORIGINS.includes(r.initiator));
  const fromExtension = ours.filter((r) => !SITE_HOSTS.test(r.url));
  expect(fromExtension).toEqual(server ? fromExtension.map(() => ({ url: server.url, method: 'GET', initiator: `chrome-extension://${EXTENSION_ID}` })) : []);
  if (server) {
    expect(fromExtension.length).toBeGreaterThan(0); // the log does see the extension's requests
    expect(seen.length).toBeGreaterThan(0);
    for (const request of seen) expect(request).toMatchObject({ method: 'GET', url: '/postcheck/pack.json', body: '' });
  }
  // No request, header or byte the browser logged holds the draft, the photos or what is in them.
  expect(FRAGMENTS.filter((f) => holds(netText, f))).toEqual([]);
  expect(photoBytes.filter((b) => netText.includes(b))).toEqual([]);

  // The console of every context (pages, content scripts, the service worker, the offscreen document).
  const consoleText = readFileSync(consoleLog, 'utf8');
  expect(consoleText).toContain('postcheck-egress-probe');
  expect(FRAGMENTS.filter((f) => holds(consoleText, f))).toEqual([]);

  // Everything the extension stores: local and session storage, every IndexedDB store.
  expect(stored!.databases).toEqual(['postcheck']); // OCR's language data is not cached in IndexedDB
  expect(stored!.text).toContain('coworker-contact'); // the tab's notes are there (session storage, memory only)…
  expect(FRAGMENTS.filter((f) => holds(stored!.text, f))).toEqual([]); // …the draft and the photos are not
  expect(stored!.text).not.toMatch(/data:image|\/9j\//);
});

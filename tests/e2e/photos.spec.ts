/**
 * Photo checks on each site's compose box, end to end: photos attached by the
 * file input (inside LinkedIn's shadow root too), by paste and by drop are
 * analysed on the device (offscreen document: faces, the city seal, OCR,
 * GPS), and their notes reach the chip's panel and the pre-post dialog, tied
 * to the photo they are about. A plain landscape yields nothing.
 */
import type { Locator, Page } from '@playwright/test';
import { encodeJpeg, landscape, peoplePhoto, sealPhoto, withGps } from '../support/images';
import { activeTabBadge, expect, test } from './support/extension';
import { storedByExtension } from './support/storage';
import { openSurface, overlay, posts, SURFACES } from './support/surfaces';

interface Photo {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const jpegFile = (name: string, buffer: Buffer): Photo => ({ name, mimeType: 'image/jpeg', buffer });

/** A memo photographed a little askew on grey paper, rendered by the browser's own text engine. */
async function memoPhoto(page: Page): Promise<Photo> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1400;
    canvas.height = 1000;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#6b6b6b';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.translate(700, 500);
    g.rotate(-0.03);
    g.fillStyle = '#f4f1ea';
    g.fillRect(-520, -420, 1040, 840);
    g.fillStyle = '#1a1a1a';
    g.font = 'bold 64px sans-serif';
    g.fillText('CONFIDENTIAL', -440, -300);
    g.font = '36px serif';
    ['MEMORANDUM', 'To: Public Works staff', 'Re: staffing plan for March', 'Do not distribute outside the department.'].forEach((line, i) => g.fillText(line, -440, -190 + i * 70));
    return canvas.toDataURL('image/jpeg', 0.85).split(',')[1]!;
  });
  return jpegFile('memo.jpg', Buffer.from(base64, 'base64'));
}

/** Dispatches a paste or drop carrying a file on the element, as the browser does when a user pastes or drops one. */
async function pasteOrDrop(target: Locator, kind: 'paste' | 'drop', photo: Photo) {
  await target.evaluate(
    (el, { kind, name, type, data }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      const init = { bubbles: true, cancelable: true, composed: true };
      el.dispatchEvent(kind === 'paste' ? new ClipboardEvent('paste', { ...init, clipboardData: transfer }) : new DragEvent('drop', { ...init, dataTransfer: transfer }));
    },
    { kind, name: photo.name, type: photo.mimeType, data: photo.buffer.toString('base64') },
  );
}

/** The notes in the box's panel, as "rule @ photo label". */
async function photoNotes(page: Page): Promise<string[]> {
  const panel = overlay(page).locator('.panel');
  if (!(await panel.isVisible())) await overlay(page).locator('.chip').click();
  return panel.locator('.finding').evaluateAll((cards) =>
    cards.map((card) => `${card.getAttribute('data-rule')} @ ${card.querySelector('.finding__photo')?.textContent ?? 'text'}`),
  );
}

const CASES = [
  { surface: 'X home composer', fileInput: '[data-surface="home"] [data-testid="fileInput"]' },
  { surface: 'Facebook Create post', fileInput: '[role="dialog"] input[type="file"]' },
  { surface: 'LinkedIn share (Quill, shadow root)', fileInput: '#interop-outlet #media-editor-file-selector__file-input' },
];

for (const { surface: name, fileInput } of CASES) {
  const surface = SURFACES.find((s) => s.name === name)!;

  test(`${name}: people, a seal, a memo and GPS are each caught; a landscape is not`, async ({ context, serviceWorker }) => {
    test.setTimeout(120_000);
    const { page, editor, submit } = await openSurface(context, surface);
    const memo = await memoPhoto(page);
    await page.locator(fileInput).setInputFiles([jpegFile('people.jpg', peoplePhoto(1)), jpegFile('seal.jpg', sealPhoto('alexandria', 0.3)), memo]);
    await pasteOrDrop(editor, 'paste', jpegFile('trail.jpg', withGps(encodeJpeg(landscape()), 38.8048, -77.0434)));
    await pasteOrDrop(editor, 'drop', jpegFile('hills.jpg', encodeJpeg(landscape(1600, 1200, 11))));
    // Text after the photos, as people usually do (and as X's editor prefers: a paste can reset it).
    await editor.click();
    await page.keyboard.type('Weekend photos');

    await expect(overlay(page).locator('.chip')).toBeVisible();
    const expected = [
      'photo-faces @ In attached photo 1',
      'photo-city-seal @ In attached photo 2',
      'confidential-marker @ In attached photo 3',
      'photo-uniform-words @ In attached photo 3',
      'photo-location @ In attached photo 4',
    ];
    await expect.poll(async () => (await photoNotes(page)).sort(), { timeout: 90_000 }).toEqual(expect.arrayContaining(expected));
    const notes = await photoNotes(page);
    expect(notes.filter((n) => n.includes('photo 5'))).toEqual([]); // the landscape
    expect(notes.filter((n) => n.endsWith('@ text'))).toEqual([]); // the words typed are fine
    // Badge: the warn and block notes (faces, seal, the memo's CONFIDENTIAL and its "Public Works"); the GPS note is info.
    await expect.poll(() => activeTabBadge(serviceWorker)).toBe('4');

    await expect(overlay(page).locator('.panel')).not.toContainText('Checking'); // the landscape too
    await overlay(page).getByRole('button', { name: 'Close notes' }).click();
    await submit.click();
    const dialog = page.getByRole('alertdialog', { name: 'Before you post' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('In attached photo 3');
    await expect(dialog).toContainText('This photo shows people');
    // Consent answers the faces only: the seal and the memo still hold the post.
    await dialog.getByRole('button', { name: 'Everyone pictured agreed' }).click();
    await expect(dialog).not.toContainText('This photo shows people');
    await expect(dialog).toContainText('seal or logo');
    expect(await posts(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(async () => (await posts(page)).length).toBe(1);
    // Posted: the box's photos are gone with it.
    await expect(overlay(page).locator('.chip')).toHaveCount(0);
  });
}

test('a photo of people alone: "Everyone pictured agreed" lets the post go out once', async ({ context }) => {
  test.setTimeout(90_000);
  const surface = SURFACES.find((s) => s.name === 'X home composer')!;
  const { page, editor, submit } = await openSurface(context, surface);
  await editor.click();
  await page.keyboard.type('Team picnic!');
  await page.locator(CASES[0]!.fileInput).setInputFiles([jpegFile('picnic.jpg', peoplePhoto(6))]);
  await expect(overlay(page).locator('.chip')).toHaveText('1 policy note', { timeout: 60_000 });
  await submit.click();
  const dialog = page.getByRole('alertdialog', { name: 'Before you post' });
  await dialog.getByRole('button', { name: 'Everyone pictured agreed' }).click();
  await expect.poll(() => posts(page)).toEqual([{ surface: 'home', text: 'Team picnic!', photos: 1 }]);
  await expect(dialog).toHaveCount(0);
});

test('posting while a photo is still being checked waits for it, then goes out by itself when it is fine', async ({ context }) => {
  test.setTimeout(90_000);
  const surface = SURFACES.find((s) => s.name === 'Facebook Create post')!;
  const { page, editor, submit } = await openSurface(context, surface);
  await editor.click();
  await page.keyboard.type('Sunset over the hills');
  await page.locator(CASES[1]!.fileInput).setInputFiles([jpegFile('hills.jpg', encodeJpeg(landscape(2400, 1800, 3)))]);
  await submit.click();
  // Held at once: the photo had not been checked yet.
  expect(await posts(page)).toEqual([]);
  await expect.poll(() => posts(page), { timeout: 60_000 }).toEqual([{ surface: 'post', text: 'Sunset over the hills', photos: 1 }]);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('photos are analysed without a byte leaving the browser, and nothing of them is stored', async ({ context, serviceWorker }) => {
  test.setTimeout(90_000);
  const requests: { url: string; body: string }[] = [];
  context.on('request', (r) => requests.push({ url: r.url(), body: r.postData() ?? '' }));
  const surface = SURFACES.find((s) => s.name === 'LinkedIn share (Quill, shadow root)')!;
  const { page, editor } = await openSurface(context, surface);
  const memo = await memoPhoto(page);
  await page.locator(CASES[2]!.fileInput).setInputFiles([memo, jpegFile('trail.jpg', withGps(encodeJpeg(landscape()), 38.8048, -77.0434))]);
  await editor.click();
  await page.keyboard.type('Weekend');
  await expect.poll(async () => (await photoNotes(page)).sort(), { timeout: 60_000 }).toEqual(expect.arrayContaining(['confidential-marker @ In attached photo 1', 'photo-location @ In attached photo 2']));

  // Only the fixture site and the extension's own files were requested; no request carried the photo or what is in it.
  const unexpected = requests.filter((r) => !/^https:\/\/www\.linkedin\.com\/|^chrome-extension:/.test(r.url));
  expect(unexpected).toEqual([]);
  const photoBytes = memo.buffer.toString('base64').slice(100, 160);
  const leaks = requests.filter((r) => /CONFIDENTIAL|38\.80|77\.04/i.test(decodeURIComponent(r.url) + r.body) || (r.url + r.body).includes(photoBytes));
  expect(leaks).toEqual([]);

  const stored = await storedByExtension(serviceWorker);
  expect(stored.databases).toEqual(['postcheck']); // OCR's language data is not cached in IndexedDB
  expect(stored.text).toContain('confidential-marker'); // the tab's notes are there (in memory-only session storage)…
  expect(stored.text).not.toMatch(/CONFIDENTIAL|MEMORANDUM|Public Works staff|38\.80|77\.04|data:image|\/9j\//); // …the photo and what it says are not
});

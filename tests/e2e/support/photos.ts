/**
 * Photos for the end-to-end tests and how a user attaches them: a memo
 * rendered by the browser, paste and drop as the browser itself dispatches
 * them (trusted events: PostCheck ignores a page script's), each photo
 * surface's file input, and the notes the chip's panel lists.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { drawMemoJpeg } from './memo-drawing';
import { overlay } from './surfaces';

export interface Photo {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const jpegFile = (name: string, buffer: Buffer): Photo => ({ name, mimeType: 'image/jpeg', buffer });

/** A memo photographed a little askew on grey paper, rendered by the browser's own text engine. */
export async function memoPhoto(page: Page): Promise<Photo> {
  const base64 = await page.evaluate(drawMemoJpeg);
  return jpegFile('memo.jpg', Buffer.from(base64, 'base64'));
}

/**
 * Pastes a photo as a user does: the image on the clipboard, then Ctrl+V in the element (the browser's own
 * paste event). The clipboard keeps images as PNG, so the photo arrives re-encoded, without its EXIF.
 */
export async function pastePhoto(page: Page, target: Locator, photo: Photo) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await target.click();
  await page.evaluate(
    async ({ type, data }) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': await canvas.convertToBlob({ type: 'image/png' }) })]);
    },
    { type: photo.mimeType, data: photo.buffer.toString('base64') },
  );
  await page.keyboard.press('ControlOrMeta+V');
}

/** The photos as files on disk, as a user picks or drags them. */
function onDisk(photos: Photo[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'postcheck-photos-'));
  return photos.map((photo) => {
    const file = path.join(dir, photo.name);
    writeFileSync(file, photo.buffer);
    return file;
  });
}

/**
 * Chooses photos in a file input as a user does. Given paths, Playwright sets the files through the DevTools
 * protocol and the browser fires its own input and change events; given buffers, Playwright's page script
 * dispatches them (untrusted, which PostCheck ignores).
 */
export async function choosePhotos(input: Locator, photos: Photo[]) {
  await input.setInputFiles(onDisk(photos));
}

/** Drops photos on the element as a drag from the desktop does: files from disk, the browser's own drag events (DevTools protocol). */
export async function dropPhotos(page: Page, target: Locator, photos: Photo[]) {
  const files = onDisk(photos);
  // The sites take dropped files themselves (so the browser does not open them); the fixtures do not, so the page is told to.
  await page.evaluate(() => {
    for (const type of ['dragover', 'drop']) window.addEventListener(type, (event) => event.preventDefault());
  });
  // Near the top of the box: an editor that took a pasted image in (Quill does) can reach past the window's bottom.
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('drop target not laid out');
  const cdp = await page.context().newCDPSession(page);
  const at = { x: box.x + Math.min(box.width / 2, 40), y: box.y + Math.min(box.height / 2, 12), data: { items: [], files, dragOperationsMask: 1 } };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at });
  await cdp.detach();
}

/** The overlay shows no rule ids (a page could read them): each note is known by the start of its message. */
const RULE_BY_MESSAGE: Record<string, string> = {
  'This photo shows people': 'photo-faces',
  "This photo shows the City's seal": 'photo-city-seal',
  'This looks like information marked confidential': 'confidential-marker',
  'Words in this photo': 'photo-uniform-words',
  'This photo carries the exact GPS position': 'photo-location',
  'This shares a coworker’s contact details': 'coworker-contact',
  // The same rule, worded for what it found (Rule.kinds).
  'This shares a coworker’s phone number': 'coworker-contact',
  'This shares a coworker’s e-mail address': 'coworker-contact',
  'This shares where a coworker lives': 'coworker-contact',
};

/** The notes in the box's panel, as "rule @ photo label" (the message itself when it is none of the above). */
export async function photoNotes(page: Page): Promise<string[]> {
  const panel = overlay(page).locator('.panel');
  if (!(await panel.isVisible())) await overlay(page).locator('.chip').click();
  const notes = await panel.locator('.finding').evaluateAll((cards) =>
    cards.map((card) => ({ message: card.querySelector('.finding__head')?.textContent ?? '', where: card.querySelector('.finding__photo')?.textContent ?? 'text' })),
  );
  return notes.map(({ message, where }) => {
    const rule = Object.entries(RULE_BY_MESSAGE).find(([start]) => message.includes(start))?.[1];
    return `${rule ?? message} @ ${where}`;
  });
}

export const PHOTO_SURFACES = [
  { surface: 'X home composer', fileInput: '[data-surface="home"] [data-testid="fileInput"]' },
  { surface: 'Facebook Create post', fileInput: '[role="dialog"] input[type="file"]' },
  { surface: 'LinkedIn share (Quill, shadow root)', fileInput: '#interop-outlet #media-editor-file-selector__file-input' },
];

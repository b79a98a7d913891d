/**
 * Photos in Firefox: a memo rendered by the browser, files chosen in a site's
 * file input as a user does (from disk, WebDriver BiDi's input.setFiles), and
 * the notes the chip's panel lists. Mirrors tests/e2e/support/photos.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { CHIP, inOverlay } from './pages';
import { drawMemoJpeg } from '../../e2e/support/memo-drawing';

export interface Photo {
  name: string;
  buffer: Buffer;
}

/** A memo photographed a little askew on grey paper, drawn by Firefox's own text engine. */
export async function memoPhoto(page: Page): Promise<Photo> {
  const base64 = await page.evaluate(drawMemoJpeg);
  return { name: 'memo.jpg', buffer: Buffer.from(base64, 'base64') };
}

/** Chooses photos from disk in a file input: the browser itself fires the input's events (trusted, as PostCheck requires). */
export async function choosePhotos(input: ElementHandle<Element>, photos: Photo[]): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'postcheck-photos-'));
  const files = photos.map((photo) => {
    const file = path.join(dir, photo.name);
    writeFileSync(file, photo.buffer);
    return file;
  });
  await (input as ElementHandle<HTMLInputElement>).uploadFile(...files);
}

/** The overlay shows no rule ids (a page could read them): each note is known by the start of its message. */
const RULE_BY_MESSAGE: Record<string, string> = {
  'This photo shows people': 'photo-faces',
  "This photo shows the City's seal": 'photo-city-seal',
  'This looks like information marked confidential': 'confidential-marker',
  'Words in this photo': 'photo-uniform-words',
  'This photo carries the exact GPS position': 'photo-location',
};

/** The notes in the box's panel, as "rule @ photo label" (the message itself when it is none of the above). */
export async function photoNotes(page: Page): Promise<string[]> {
  if (!(await page.$(inOverlay('.panel')))) await (await page.$(CHIP))?.click();
  const cards = await page.$$(inOverlay('.panel .finding'));
  const notes = await Promise.all(
    cards.map((card) =>
      card.evaluate((el) => ({ message: el.querySelector('.finding__head')?.textContent ?? '', where: el.querySelector('.finding__photo')?.textContent ?? 'text' })),
    ),
  );
  return notes.map(({ message, where }) => `${Object.entries(RULE_BY_MESSAGE).find(([start]) => message.includes(start))?.[1] ?? message} @ ${where}`);
}

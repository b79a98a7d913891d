/**
 * Photos for the end-to-end tests and how a user attaches them: a memo
 * rendered by the browser, paste and drop as the browser dispatches them, each
 * photo surface's file input, and the notes the chip's panel lists.
 */
import type { Locator, Page } from '@playwright/test';
import { overlay } from './surfaces';

export interface Photo {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const jpegFile = (name: string, buffer: Buffer): Photo => ({ name, mimeType: 'image/jpeg', buffer });

/** A memo photographed a little askew on grey paper, rendered by the browser's own text engine. */
export async function memoPhoto(page: Page): Promise<Photo> {
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
export async function pasteOrDrop(target: Locator, kind: 'paste' | 'drop', photo: Photo) {
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
export async function photoNotes(page: Page): Promise<string[]> {
  const panel = overlay(page).locator('.panel');
  if (!(await panel.isVisible())) await overlay(page).locator('.chip').click();
  return panel.locator('.finding').evaluateAll((cards) =>
    cards.map((card) => `${card.getAttribute('data-rule')} @ ${card.querySelector('.finding__photo')?.textContent ?? 'text'}`),
  );
}

export const PHOTO_SURFACES = [
  { surface: 'X home composer', fileInput: '[data-surface="home"] [data-testid="fileInput"]' },
  { surface: 'Facebook Create post', fileInput: '[role="dialog"] input[type="file"]' },
  { surface: 'LinkedIn share (Quill, shadow root)', fileInput: '#interop-outlet #media-editor-file-selector__file-input' },
];

// `npm run bench:photos [-- --json]`: photo checks in Chromium with the built extension, per image size:
// attach → notes shown (the user's wait), and the analysis stages (metadata, decode, faces, insignia, OCR);
// plus the extension's size with its models. Needs `npm run build:e2e` and Debian's Chromium.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXTENSION_ID, EXTENSION_PATH, launchWithExtension } from '../tests/e2e/support/launch';
import { contentScriptSize } from './bench/sizes';
import { encodeJpeg, landscape, peoplePhoto, decodeJpeg, type Rgba } from '../tests/support/images';

function scaledTo(image: Rgba, width: number, height: number): Rgba {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const si = (Math.floor((y / height) * image.height) * image.width + Math.floor((x / width) * image.width)) * 4;
      data.set(image.data.subarray(si, si + 4), (y * width + x) * 4);
    }
  return { width, height, data };
}

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const full = path.join(dir, name);
    return sum + (statSync(full).isDirectory() ? folderBytes(full) : statSync(full).size);
  }, 0);
}

const SIZES: [string, number, number][] = [
  ['1 MP (1152×864)', 1152, 864],
  ['3 MP (2048×1536)', 2048, 1536],
  ['12 MP (4000×3000)', 4000, 3000],
];

async function main() {
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) throw new Error('build the extension first: npm run build:e2e');
  const people = decodeJpeg(peoplePhoto(6));
  const context = await launchWithExtension();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/practice.html`);
  // The example buttons appear once the pack is loaded and checking has started.
  await page.getByRole('button', { name: 'Confidential information' }).waitFor();

  // One photo first, so model and OCR loading (the first photo's extra wait) is measured on its own.
  const rows: { image: string; kind: string; bytes: number; attachToNotesMs: number }[] = [];
  const attach = async (name: string, kind: string, bytes: Buffer) => {
    const start = Date.now();
    // From a file on disk: the browser's own input and change events (PostCheck ignores the page-script ones Playwright makes for buffers).
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'bench-photo-')), 'photo.jpg');
    writeFileSync(file, bytes);
    await page.locator('input[type=file]').setInputFiles(file);
    // The chip says "Checking…" from the attach until the analysis is back; then the notes (or nothing) are final.
    await page.waitForFunction(() => document.querySelector('postcheck-overlay')?.shadowRoot?.textContent?.includes('Checking'), undefined, { polling: 5, timeout: 10_000 });
    await page.waitForFunction(() => !document.querySelector('postcheck-overlay')?.shadowRoot?.textContent?.includes('Checking'), undefined, { polling: 10, timeout: 120_000 });
    rows.push({ image: name, kind, bytes: bytes.length, attachToNotesMs: Date.now() - start });
    // Post (practice) clears the box's photos for the next round.
    await page.getByRole('textbox', { name: 'Practice draft' }).fill('x');
    await page.getByRole('button', { name: 'Post (practice)' }).click();
    const dialog = page.getByRole('alertdialog');
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Post anyway' }).click();
  };
  await attach('1 MP (first photo: models load)', 'landscape', encodeJpeg(landscape(1152, 864), 85));
  for (const [name, width, height] of SIZES) {
    await attach(name, 'landscape', encodeJpeg(landscape(width, height), 85));
    await attach(name, 'people', encodeJpeg(scaledTo(people, width, height), 85));
  }
  await context.close();

  const vendor = folderBytes(path.join(EXTENSION_PATH, 'vendor'));
  const total = folderBytes(EXTENSION_PATH);
  const faceChunk = readdirSync(path.join(EXTENSION_PATH, 'chunks')).find((f) => f.startsWith('face-api'));
  const faceBytes = faceChunk ? statSync(path.join(EXTENSION_PATH, 'chunks', faceChunk)).size : 0;
  const size = {
    extensionBytes: total,
    modelsAndOcrBytes: vendor + faceBytes,
  };
  const script = contentScriptSize();

  console.log('Photo checks in Chromium (practice page: attach → notes shown; the analysis runs in the offscreen document)\n');
  console.log('image                              kind        file KB   attach → notes ms');
  for (const r of rows) console.log(`${r.image.padEnd(34)} ${r.kind.padEnd(10)} ${String(Math.round(r.bytes / 1024)).padStart(8)} ${String(r.attachToNotesMs).padStart(19)}`);
  console.log(`\nextension ${(size.extensionBytes / 1e6).toFixed(2)} MB, of which models + OCR ${(size.modelsAndOcrBytes / 1e6).toFixed(2)} MB (loaded on the first photo only); content script ${Math.round(script.bytes / 1024)} KB (${Math.round(script.gzipBytes / 1024)} KB gzip)`);
  if (process.argv.includes('--json')) {
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/photos.json', `${JSON.stringify({ date: new Date().toISOString(), rows, size: { ...size, contentScript: script } }, null, 2)}\n`);
    console.log('wrote bench/photos.json');
  }
}

await main();

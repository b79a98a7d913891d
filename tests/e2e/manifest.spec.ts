/** Pins what the built Chrome manifest asks for: the least the product needs. */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';

const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));

test('content scripts run on exactly the three sites: the checker first, then the compose-box wiring, each loaded in a task of its own', () => {
  const SITES = ['https://twitter.com/*', 'https://web.facebook.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*', 'https://x.com/*'];
  // Two entries with different run_at points: Chromium evaluates each entry in a separate task.
  expect(manifest.content_scripts.map((entry: { js: string[]; run_at: string }) => [entry.js, entry.run_at])).toEqual([
    [['content-scripts/checker.js'], 'document_end'],
    [['content-scripts/content.js'], 'document_idle'],
  ]);
  for (const entry of manifest.content_scripts) expect([...entry.matches].sort()).toEqual(SITES);
});

test('permissions are only what the extension uses', () => {
  // offscreen: the photo-analysis document (docs/security.md justifies each).
  expect(manifest.permissions).toEqual(['storage', 'alarms', 'offscreen']);
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.optional_permissions).toBeUndefined();
});

test('the extension pages have a strict content-security policy', () => {
  expect(manifest.content_security_policy).toEqual({
    // 'wasm-unsafe-eval': the pages may compile WebAssembly (face model backend, OCR, the sentence judge); still no JavaScript eval.
    // connect-src: the extension's own files and https:// only (the pack address); the shipped build allows no http://, not even to this machine.
    extension_pages:
      "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'self' https:",
  });
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
});

test('the models and OCR engine ship inside the extension, and nothing points at a CDN', () => {
  for (const file of ['vendor/face-api/tiny_face_detector_model.bin', 'vendor/tfjs/tfjs-backend-wasm-simd.wasm', 'vendor/tesseract/worker.min.js', 'vendor/tesseract/tesseract-core-simd-lstm.wasm.js', 'vendor/tesseract/eng.traineddata.gz'])
    expect(readFileSync(`.output/chrome-mv3/${file}`).length, file).toBeGreaterThan(1000);
  const offscreen = readFileSync('.output/chrome-mv3/offscreen.html', 'utf8');
  expect(offscreen).not.toMatch(/https?:\/\//);
});

test('a committed public key fixes the extension ID', () => {
  const der = Buffer.from(manifest.key, 'base64');
  const id = createHash('sha256').update(der).digest('hex').slice(0, 32).replace(/[0-9a-f]/g, (c) => 'abcdefghijklmnop'[parseInt(c, 16)]!);
  expect(id).toBe('gaipkpccmnbbmdidggkfbeccicjahcgl');
  expect(readFileSync('keys/manifest-key.b64', 'utf8').trim()).toBe(manifest.key);
});

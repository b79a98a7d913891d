/** The built content script's size, raw and gzip (level 9), as both benchmarks report it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_PATH } from '../../tests/e2e/support/launch';

export function contentScriptSize(): { bytes: number; gzipBytes: number } {
  const script = readFileSync(path.join(EXTENSION_PATH, 'content-scripts/content.js'));
  return { bytes: script.length, gzipBytes: gzipSync(script, { level: 9 }).length };
}

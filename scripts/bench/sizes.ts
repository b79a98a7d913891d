/**
 * The built content scripts' size, raw and gzip (level 9), as both benchmarks
 * report it: every script the sites' pages load (the compose-box wiring and
 * the checker), summed, and each on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_PATH } from '../../tests/e2e/support/launch';

export interface ScriptSize {
  bytes: number;
  gzipBytes: number;
}

export function contentScriptSize(): ScriptSize & { files: Record<string, ScriptSize> } {
  const folder = path.join(EXTENSION_PATH, 'content-scripts');
  const files: Record<string, ScriptSize> = {};
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.js')).sort()) {
    const script = readFileSync(path.join(folder, name));
    files[name] = { bytes: script.length, gzipBytes: gzipSync(script, { level: 9 }).length };
  }
  const sizes = Object.values(files);
  return { bytes: sizes.reduce((sum, s) => sum + s.bytes, 0), gzipBytes: sizes.reduce((sum, s) => sum + s.gzipBytes, 0), files };
}

/**
 * Packs a built extension folder into a CRX3 file with the city's packing key
 * (crx3, a Node implementation of Chromium's format, so IT needs no browser to
 * pack). The folder is copied first, to drop the manifest's "key": that is
 * PostCheck's development key, and the CRX's own key decides the id.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import crx3 from 'crx3';

export interface PackedExtension {
  crx: Buffer;
  /** The id crx3 signed for (the caller checks it against the key's). */
  id: string;
  version: string;
}

/** The manifest of a built extension, or null when `folder` holds none. */
export function builtManifest(folder: string): { version: string } | null {
  const file = path.join(folder, 'manifest.json');
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? { version: manifest.version } : null;
}

/** `keyFile` must already be checked to hold an RSA private key: crx3 would make a new key in its place. */
export async function packCrx(folder: string, keyFile: string): Promise<PackedExtension> {
  const staging = mkdtempSync(path.join(tmpdir(), 'postcheck-pack-'));
  try {
    const copy = path.join(staging, 'postcheck');
    cpSync(folder, copy, { recursive: true });
    const manifestFile = path.join(copy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown> & { version: string };
    delete manifest.key;
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    const crxPath = path.join(staging, 'postcheck.crx');
    // Absolute: crx3 resolves relative paths against $PWD, which a parent process may have left pointing elsewhere.
    const { appId } = await crx3([manifestFile], { keyPath: path.resolve(keyFile), crxPath });
    return { crx: readFileSync(crxPath), id: appId, version: manifest.version };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

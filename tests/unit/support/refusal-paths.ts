/**
 * The three ways a pack reaches employees — `postcheck validate`, `postcheck
 * sign` and the updater at IT's address — each handed an outside city's pack
 * document, and what each did with it. For tests that hold every pack to a
 * guarantee of the schema (grievance never blocks, the protected-speech floor).
 */
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PostCheckDb } from '../../../entrypoints/background/db';
import { checkForUpdate, loadStoredPack } from '../../../entrypoints/background/updater/updater';
import type { Pack } from '../../../rules/schema';
import { fakeServer, keys, type Served, signed } from '../background/updater/support';
import { runCli } from './run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'postcheck-refusals-'));
let files = 0;

function file(doc: unknown): string {
  const at = path.join(dir, `pack-${++files}.json`);
  writeFileSync(at, JSON.stringify(doc));
  return at;
}

/** `postcheck validate` on the document. */
export async function validated(doc: unknown) {
  return runCli(['validate', file(doc)]);
}

/** `postcheck sign` on the document with a fresh key, and whether it wrote a signed file. */
export async function signedByCli(doc: unknown) {
  const keyDir = mkdtempSync(path.join(dir, 'keys-'));
  const keygen = await runCli(['keygen', '--out', keyDir]);
  if (keygen.code !== 0) throw new Error(keygen.stderr);
  const pack = file(doc);
  const result = await runCli(['sign', pack, '--key', path.join(keyDir, 'postcheck-signing-key.pem')]);
  return { ...result, wrote: existsSync(pack.replace(/\.json$/, '.signed.json')) };
}

/**
 * The updater installs `good`, then IT's server serves `next`, both signed with IT's key:
 * the error of each update and the pack it then keeps.
 */
export async function updatedFrom(packId: string, good: unknown, next: unknown): Promise<{ first?: string; second?: string; kept?: Pack }> {
  const key = await keys();
  let served: Served = { body: await signed(good, key.privatePkcs8) };
  const server = fakeServer(() => served);
  const db = new PostCheckDb(`refusal-paths-${packId}-${++files}`);
  try {
    const source = { url: `https://it.${packId}.example/pack.json`, publicKey: key.publicSpkiBase64, packId };
    const update = () => checkForUpdate(source, 1, 360, { db, fetch: server.fetch, now: () => new Date('2026-11-21T12:00:00Z'), random: () => 0.5 });
    const first = (await update()).lastError;
    served = { body: await signed(next, key.privatePkcs8) };
    const second = (await update()).lastError;
    return { first, second, kept: (await loadStoredPack(db, source))?.pack };
  } finally {
    await db.delete();
  }
}

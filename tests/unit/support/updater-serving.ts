/**
 * The updater as installed in a city: the hostile-pack corpus's base pack
 * (Alexandria's confidential-marker rule, version 5) signed with the test key
 * and installed as the last good pack; then IT's server answers whatever a
 * test serves. What the updater does with it, and which pack it keeps.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { PostCheckDb } from '../../../entrypoints/background/db';
import { checkForUpdate, loadStoredPack } from '../../../entrypoints/background/updater/updater';
import { fromBase64, signPackBytes } from '../../../rules/signed-pack';

const DIR = 'tests/fixtures/packs';
export const TEST_KEY = JSON.parse(readFileSync(`${DIR}/keys/test-key.json`, 'utf8')) as { privatePkcs8: string; publicSpkiBase64: string };
export const INSTALLED = { packId: 'alexandria', version: 5 };
export const SOURCE = { url: 'https://it.example/pack.json', publicKey: TEST_KEY.publicSpkiBase64, packId: INSTALLED.packId };

/** Pack bytes signed with the test key, as the envelope IT publishes. */
export const signWithTestKey = async (bytes: Uint8Array) => JSON.stringify(await signPackBytes(bytes, fromBase64(TEST_KEY.privatePkcs8)));

let n = 0;
const dbs: PostCheckDb[] = [];
/** Deletes the databases made so far (afterAll). */
export const deleteUpdaterDbs = async () => Promise.all(dbs.splice(0).map((db) => db.delete()));

export interface Served {
  body?: BodyInit | null;
  status?: number;
  headers?: Record<string, string>;
}

/** An updater with the base pack installed, whose server then answers `answer`; the requests it made. */
export async function updaterServing(answer: Served) {
  const db = new PostCheckDb(`serving-${++n}`);
  dbs.push(db);
  let served: Served = { body: await signWithTestKey(new Uint8Array(readFileSync(`${DIR}/base.json`))) };
  const requests: RequestInit[] = [];
  const fetch = async (_url: string, init: RequestInit) => {
    requests.push(init);
    return new Response(served.body ?? null, { status: served.status ?? 200, headers: { 'content-type': 'application/json', ...served.headers } });
  };
  const deps = { db, fetch, now: () => new Date('2026-11-21T12:00:00Z'), random: () => 0.5 };
  const first = await checkForUpdate(SOURCE, 1, 360, deps);
  expect(first.lastError).toBeUndefined();
  served = answer;
  const status = await checkForUpdate(SOURCE, 1, 360, { ...deps, now: () => new Date('2026-11-22T12:00:00Z') });
  return { status, first, requests, kept: (await loadStoredPack(db, SOURCE))?.pack.version };
}

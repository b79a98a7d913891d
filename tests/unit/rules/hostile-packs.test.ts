/**
 * The hostile-pack corpus (tests/fixtures/packs/, written by
 * scripts/make-hostile-packs.ts): every bad pack is refused with its reason by
 * `postcheck validate` and by the updater, which keeps the last good pack.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { PostCheckDb } from '../../../entrypoints/background/db';
import { checkForUpdate, loadStoredPack } from '../../../entrypoints/background/updater/updater';
import { main } from '../../../rules/cli';
import { fromBase64, signPackBytes } from '../../../rules/signed-pack';
import { oversizedPack } from '../../../scripts/make-hostile-packs';

const DIR = 'tests/fixtures/packs';
interface Case {
  file: string;
  what: string;
  serve: 'as-is' | 'sign-first';
  validateArgs?: ('--public-key' | '--fit')[];
  reason: string;
  updaterReason?: string;
}
const { installed, cases } = JSON.parse(readFileSync(`${DIR}/cases.json`, 'utf8')) as { installed: { packId: string; version: number }; cases: Case[] };
const key = JSON.parse(readFileSync(`${DIR}/keys/test-key.json`, 'utf8')) as { privatePkcs8: string; publicSpkiBase64: string };
const publicKeyFile = path.join(mkdtempSync(path.join(tmpdir(), 'postcheck-hostile-')), 'test.pub.txt');
writeFileSync(publicKeyFile, key.publicSpkiBase64);
const generated = path.join(path.dirname(publicKeyFile), 'oversized.json');
writeFileSync(generated, oversizedPack());
const fileOf = (c: Case) => (c.file === 'oversized.json' ? generated : `${DIR}/${c.file}`);

async function validate(args: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stderr = '';
  err.on('data', (d) => (stderr += d));
  out.resume();
  const code = await main(['validate', ...args], { stdin: Readable.from(['']), stdout: out, stderr: err });
  return { code, stderr };
}

const sign = async (bytes: Uint8Array) => JSON.stringify(await signPackBytes(bytes, fromBase64(key.privatePkcs8)));
const SOURCE = { url: 'https://it.example/pack.json', publicKey: key.publicSpkiBase64, packId: installed.packId };
let n = 0;
const dbs: PostCheckDb[] = [];
afterAll(async () => Promise.all(dbs.map((db) => db.delete())));

/** An updater with the last good pack (the base pack, version 5) installed, serving `body`. */
async function updaterServing(body: Uint8Array | string) {
  const db = new PostCheckDb(`hostile-${++n}`);
  dbs.push(db);
  let served: Uint8Array | string = await sign(new Uint8Array(readFileSync(`${DIR}/base.json`)));
  const deps = { db, fetch: async () => new Response(served as BodyInit, { headers: { 'content-type': 'application/json' } }), now: () => new Date('2026-11-21T12:00:00Z'), random: () => 0.5 };
  const first = await checkForUpdate(SOURCE, 1, 360, deps);
  expect(first.lastError).toBeUndefined();
  served = body;
  return { status: await checkForUpdate(SOURCE, 1, 360, deps), db };
}

describe('hostile packs', () => {
  it('has at least 30 cases, each with a file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.file)).size).toBe(cases.length);
  });

  it('the base pack itself is valid and installable (so every refusal is about the case)', async () => {
    expect((await validate([`${DIR}/base.json`])).code).toBe(0);
  });

  for (const c of cases) {
    it(`${c.what} (${c.file}): postcheck validate refuses it`, async () => {
      const args = [fileOf(c)];
      if (c.validateArgs?.includes('--public-key')) args.push('--public-key', publicKeyFile);
      if (c.validateArgs?.includes('--fit')) args.push('--pack-id', installed.packId, '--newer-than', String(installed.version));
      const { code, stderr } = await validate(args);
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(c.reason));
    });

    it(`${c.what} (${c.file}): the updater refuses it and keeps the last good pack`, async () => {
      const bytes = new Uint8Array(readFileSync(fileOf(c)));
      const { status, db } = await updaterServing(c.serve === 'sign-first' ? await sign(bytes) : bytes);
      expect(status.lastError).toMatch(new RegExp(c.updaterReason ?? c.reason));
      expect((await loadStoredPack(db, SOURCE))?.pack.version).toBe(installed.version);
    });
  }

  it('no case polluted Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

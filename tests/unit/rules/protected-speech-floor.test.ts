/**
 * The protected-speech floor holds for every pack, not only the bundled ones:
 * an outside city's pack that removes a phrase from a list that protects
 * speech (collective talk about pay, hours, staffing or safety, discrimination
 * complaints, criticism of policy) is refused by the schema itself, so
 * `postcheck validate`, `postcheck sign` and the updater all refuse it, each
 * saying why — while adding to such a list is allowed.
 */
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PostCheckDb } from '../../../entrypoints/background/db';
import { checkForUpdate, loadStoredPack } from '../../../entrypoints/background/updater/updater';
import { parsePack } from '../../../rules/schema';
import { bundledVocabulary } from '../../../rules/vocabulary/index';
import { fakeServer, keys, type Served, signed } from '../background/updater/support';
import { runCli } from '../support/run-cli';
import { shelbyvillePack } from '../support/shelbyville-pack';

const ADDS = { 'collective-topics': { add: ['rota'] } };
const REMOVES = { 'collective-topics': { add: ['rota'], remove: ['overtime', 'staffing'] } };
const REASON = /vocabulary\.collective-topics\.remove: collective-topics protects speech, so a pack may add to it but never remove from it/;
const dir = mkdtempSync(path.join(tmpdir(), 'postcheck-floor-'));
const file = (name: string, doc: unknown) => {
  const at = path.join(dir, name);
  writeFileSync(at, JSON.stringify(doc));
  return at;
};

describe('removing from a list that protects speech, in an outside pack', () => {
  it('is refused by the schema for every protected list, while adding to one is valid', () => {
    expect(parsePack(shelbyvillePack(ADDS)).ok).toBe(true);
    const protectedLists = [...bundledVocabulary().values()].filter((list) => list.protectsSpeech);
    expect(protectedLists.length).toBeGreaterThanOrEqual(5);
    for (const list of protectedLists) {
      const result = parsePack(shelbyvillePack({ [list.id]: { remove: [list.phrases[0]!] } }));
      expect(result.ok, list.id).toBe(false);
      expect(!result.ok && result.errors).toEqual([expect.stringContaining(`vocabulary.${list.id}.remove: ${list.id} protects speech`)]);
    }
  });

  it('is refused by postcheck validate', async () => {
    expect((await runCli(['validate', file('adds.json', shelbyvillePack(ADDS))])).code).toBe(0);
    const { code, stderr } = await runCli(['validate', file('removes.json', shelbyvillePack(REMOVES))]);
    expect(code).toBe(1);
    expect(stderr).toMatch(REASON);
  });

  it('is refused by postcheck sign, which writes nothing', async () => {
    const keyDir = mkdtempSync(path.join(dir, 'keys-'));
    expect((await runCli(['keygen', '--out', keyDir])).code).toBe(0);
    const pack = file('to-sign.json', shelbyvillePack(REMOVES));
    const { code, stderr } = await runCli(['sign', pack, '--key', path.join(keyDir, 'postcheck-signing-key.pem')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not a valid pack, so it was not signed/);
    expect(stderr).toMatch(REASON);
    expect(existsSync(pack.replace(/\.json$/, '.signed.json'))).toBe(false);
  });

  describe('from IT’s address', () => {
    let db: PostCheckDb | undefined;
    afterEach(async () => db?.delete());

    it('is refused by the updater, even signed with IT’s key, which keeps the last good pack', async () => {
      const key = await keys();
      let served: Served = { body: await signed(shelbyvillePack(ADDS, 2), key.privatePkcs8) };
      const server = fakeServer(() => served);
      db = new PostCheckDb('protected-speech-floor');
      const source = { url: 'https://it.shelbyville.example/pack.json', publicKey: key.publicSpkiBase64, packId: 'shelbyville' };
      const update = () => checkForUpdate(source, 1, 360, { db: db!, fetch: server.fetch, now: () => new Date('2026-11-21T12:00:00Z'), random: () => 0.5 });
      expect((await update()).lastError).toBeUndefined();
      served = { body: await signed(shelbyvillePack(REMOVES, 3), key.privatePkcs8) };
      const status = await update();
      expect(status.lastError).toMatch(/not a valid pack/);
      expect(status.lastError).toMatch(REASON);
      const kept = await loadStoredPack(db, source);
      expect(kept?.pack.version).toBe(2);
      expect(kept?.pack.vocabulary).toEqual(ADDS);
    });
  });
});

/**
 * "A grievance rule never blocks" holds for every pack, not only the bundled
 * ones: an outside city's pack that sets its grievance rule to block is refused
 * by the schema itself, so `postcheck validate`, `postcheck sign` and the
 * updater all refuse it, each saying why.
 */
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PostCheckDb } from '../../../entrypoints/background/db';
import { checkForUpdate, loadStoredPack } from '../../../entrypoints/background/updater/updater';
import { parsePack, type Severity } from '../../../rules/schema';
import { fakeServer, keys, type Served, signed } from '../background/updater/support';
import { runCli } from '../support/run-cli';

/** A city none of the bundled packs is for, written from scratch as its communications office would. */
function springfield(severity: Severity, version = 1): Record<string, unknown> {
  return {
    id: 'springfield',
    city: 'City of Springfield',
    version,
    policyVersion: '2026-1',
    date: '2026-11-01',
    contact: 'Questions? Ask Communications, ext. 4100.',
    policies: [
      {
        id: 'social-media',
        title: 'Springfield Social Media Policy',
        source: 'springfield-social-media-policy.pdf',
        clauses: [{ section: '3.2', text: 'Employees shall not disparage supervisors or coworkers on social media.', summary: 'No digs at supervisors or coworkers online.' }],
      },
    ],
    lexicon: { cityNames: ['City of Springfield', 'Springfield'] },
    rules: [
      {
        id: 'springfield-grievance',
        category: 'grievance',
        severity,
        detector: { kind: 'grievance' },
        clauses: [{ policy: 'social-media', section: '3.2' }],
        message: 'This reads as a dig at a supervisor or coworker.',
        examples: { match: ['my supervisor is a lazy idiot'], noMatch: ['Our union meets Thursday to talk about overtime pay'] },
      },
    ],
  };
}

const REASON = /rules\.0\.severity: rule "springfield-grievance" is a grievance rule, which may warn or inform but never block/;
const dir = mkdtempSync(path.join(tmpdir(), 'postcheck-grievance-'));
const file = (name: string, doc: unknown) => {
  const at = path.join(dir, name);
  writeFileSync(at, JSON.stringify(doc));
  return at;
};

describe('a grievance rule set to block, in an outside pack', () => {
  it('is refused by the schema with the reason, while the same pack with warn is valid', () => {
    expect(parsePack(springfield('warn')).ok).toBe(true);
    const result = parsePack(springfield('block'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(REASON)]);
  });

  it('is refused by postcheck validate', async () => {
    expect((await runCli(['validate', file('warn.json', springfield('warn'))])).code).toBe(0);
    const { code, stderr } = await runCli(['validate', file('block.json', springfield('block'))]);
    expect(code).toBe(1);
    expect(stderr).toMatch(REASON);
  });

  it('is refused by postcheck sign, which writes nothing', async () => {
    const keyDir = mkdtempSync(path.join(dir, 'keys-'));
    expect((await runCli(['keygen', '--out', keyDir])).code).toBe(0);
    const pack = file('to-sign.json', springfield('block'));
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
      let served: Served = { body: await signed(springfield('warn', 2), key.privatePkcs8) };
      const server = fakeServer(() => served);
      db = new PostCheckDb('grievance-never-blocks');
      const source = { url: 'https://it.springfield.example/pack.json', publicKey: key.publicSpkiBase64, packId: 'springfield' };
      const update = () => checkForUpdate(source, 1, 360, { db: db!, fetch: server.fetch, now: () => new Date('2026-11-21T12:00:00Z'), random: () => 0.5 });
      expect((await update()).lastError).toBeUndefined();
      served = { body: await signed(springfield('block', 3), key.privatePkcs8) };
      const status = await update();
      expect(status.lastError).toMatch(/not a valid pack/);
      expect(status.lastError).toMatch(REASON);
      expect((await loadStoredPack(db, source))?.pack.rules[0]?.severity).toBe('warn');
    });
  });
});

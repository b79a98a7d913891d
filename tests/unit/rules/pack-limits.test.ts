/**
 * Issue 25, item 1 at the gate: a pack that flags every word or is slow to
 * check is refused, with the reason, by `postcheck validate`, by `postcheck
 * sign` (which then writes nothing) and by the updater (which keeps the last
 * good pack) — whoever signed it. The packs are built here from the 500
 * commonest words of the team corpus.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PACK_WORDS } from '../../../rules/limits';
import { PACK_TIME_LIMIT_MS, packCostProblem } from '../../../rules/pack-cost';
import { BUNDLED_PACK_IDS, bundledPack } from '../../../rules/packs/index';
import { parsePack } from '../../../rules/schema';
import { commonWordsPackDocument } from '../support/common-words-pack';
import { runCli } from '../support/run-cli';
import { deleteUpdaterDbs, INSTALLED, signWithTestKey, TEST_KEY, updaterServing } from '../support/updater-serving';

afterAll(deleteUpdaterDbs);
const dir = mkdtempSync(path.join(tmpdir(), 'postcheck-limits-'));
const keyFile = path.join(dir, 'test-key.pem');
writeFileSync(keyFile, `-----BEGIN PRIVATE KEY-----\n${TEST_KEY.privatePkcs8}\n-----END PRIVATE KEY-----\n`);
const publicKeyFile = path.join(dir, 'test.pub.txt');
writeFileSync(publicKeyFile, TEST_KEY.publicSpkiBase64);

const WORDS_REASON = new RegExp(`the pack lists \\d+ phrases and lexicon entries in all; the limit is ${MAX_PACK_WORDS}`);
const FLAGS_REASON = /it flags an ordinary \d+-character draft all over \(rules? "common-words-\d+".* cut short at 200; 1000 findings were collected before \d+ more rules could run\); a pack must not flag common words/;

const cases = [
  // 100 rules × 500 words: 437 KB, under the size limit, 50,000 phrases.
  { what: '100 rules × 500 common words', doc: commonWordsPackDocument(100, 500, INSTALLED.version + 1), reason: WORDS_REASON },
  // 9 rules × 500 words: 4,500 phrases, within what a pack may list, all of them words every draft has.
  { what: '9 rules × 500 common words', doc: commonWordsPackDocument(9, 500, INSTALLED.version + 1), reason: FLAGS_REASON },
];

describe('packs that flag every word', () => {
  it('500 rules × 500 common words is refused by the schema itself', () => {
    const result = parsePack(commonWordsPackDocument(500, 500));
    expect(result.ok || result.errors.join('\n')).toMatch(WORDS_REASON);
  });

  it('9 rules × 500 common words passes the schema but not the check on ordinary drafts', () => {
    const result = parsePack(cases[1]!.doc);
    expect(result.ok).toBe(true);
    if (result.ok) expect(packCostProblem(result.pack)).toMatch(FLAGS_REASON);
  });

  for (const { what, doc, reason } of cases) {
    const file = path.join(dir, `${what.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(doc));

    it(`${what}: postcheck validate refuses it with the reason`, async () => {
      const { code, stderr } = await runCli(['validate', file]);
      expect(code).toBe(1);
      expect(stderr).toMatch(reason);
    });

    it(`${what}: postcheck sign refuses it and writes nothing`, async () => {
      const out = path.join(dir, `${path.basename(file, '.json')}.signed.json`);
      const { code, stderr } = await runCli(['sign', file, '--key', keyFile, '--out', out]);
      expect(code).toBe(1);
      expect(stderr).toContain('so it was not signed');
      expect(stderr).toMatch(reason);
      expect(existsSync(out)).toBe(false);
    });

    it(`${what}: signed anyway, the updater refuses it and keeps the last good pack`, async () => {
      const { status, kept } = await updaterServing({ body: await signWithTestKey(new TextEncoder().encode(JSON.stringify(doc))) });
      expect(status.lastError).toMatch(reason);
      expect(kept).toBe(INSTALLED.version);
    });
  }
});

describe('timing a pack on ordinary drafts', () => {
  it('passes every bundled pack', () => {
    for (const id of BUNDLED_PACK_IDS) expect(packCostProblem(bundledPack(id)), id).toBeNull();
  });

  it('refuses a pack whose check of the ~3,000-character draft takes longer than the limit, best of three', () => {
    let t = 0;
    const slow = () => (t += 0.5 * (PACK_TIME_LIMIT_MS * 4));
    expect(packCostProblem(bundledPack('alexandria'), slow)).toMatch(
      new RegExp(`too slow to check with: an ordinary 3000-character draft took ${PACK_TIME_LIMIT_MS * 2} ms to check \\(the limit is ${PACK_TIME_LIMIT_MS} ms\\)`),
    );
  });
});

/**
 * The hostile-pack corpus (tests/fixtures/packs/, written by
 * scripts/make-hostile-packs.ts): every bad pack is refused with its reason by
 * `postcheck validate` and by the updater, which keeps the last good pack.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oversizedPack } from '../../../scripts/make-hostile-packs';
import { runCli } from '../support/run-cli';
import { deleteUpdaterDbs, INSTALLED, signWithTestKey, TEST_KEY, updaterServing } from '../support/updater-serving';

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
const publicKeyFile = path.join(mkdtempSync(path.join(tmpdir(), 'postcheck-hostile-')), 'test.pub.txt');
writeFileSync(publicKeyFile, TEST_KEY.publicSpkiBase64);
const generated = path.join(path.dirname(publicKeyFile), 'oversized.json');
writeFileSync(generated, oversizedPack());
const fileOf = (c: Case) => (c.file === 'oversized.json' ? generated : `${DIR}/${c.file}`);

const validate = (args: string[]) => runCli(['validate', ...args]);
afterAll(deleteUpdaterDbs);

describe('hostile packs', () => {
  it('has at least 30 cases, each with a file, for the pack the updater has installed', () => {
    expect(installed).toEqual(INSTALLED);
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
      const { status, kept } = await updaterServing({ body: c.serve === 'sign-first' ? await signWithTestKey(bytes) : bytes });
      expect(status.lastError).toMatch(new RegExp(c.updaterReason ?? c.reason));
      expect(kept).toBe(installed.version);
    });
  }

  it('no case polluted Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

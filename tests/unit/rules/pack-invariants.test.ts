/**
 * Issue 20, item 3: the guarantees every pack keeps, bundled or from IT's
 * address — grievance at most warns, the protected-speech floor holds, every
 * clause reference resolves, every rule is tested both ways and its examples
 * pass through the engine — held for an outside city's pack (Ogdenville's),
 * by `postcheck validate`, by `postcheck sign` (which then writes nothing) and
 * by the updater (which keeps the last good pack), each with the reason.
 */
import { describe, expect, it } from 'vitest';
import { packEngineProblems } from '../../../rules/pack-checks';
import { BUNDLED_PACK_IDS, bundledPack } from '../../../rules/packs/index';
import { parsePack } from '../../../rules/schema';
import { BROKEN, broken, ogdenville } from '../support/outside-pack';
import { signedByCli, updatedFrom, validated } from '../support/refusal-paths';

/** The schema's errors, or else the engine step's problems: what any path reports. */
function problems(doc: unknown): string[] {
  const result = parsePack(doc);
  return result.ok ? packEngineProblems(result.pack) : result.errors;
}

describe('an outside pack that keeps every guarantee', () => {
  it('passes the schema and the engine step; so do the bundled packs', () => {
    expect(problems(ogdenville())).toEqual([]);
    for (const id of BUNDLED_PACK_IDS) expect(packEngineProblems(bundledPack(id)), id).toEqual([]);
  }, 60_000);

  it('is valid to postcheck validate and signed by postcheck sign', async () => {
    expect((await validated(ogdenville())).stdout).toMatch(/valid pack "ogdenville" version 1 \(3 rules\)/);
    const signed = await signedByCli(ogdenville());
    expect(signed.code).toBe(0);
    expect(signed.wrote).toBe(true);
  });
});

for (const what of BROKEN) {
  describe(`an outside pack with ${what.what}`, () => {
    it('is refused with the rule (or list) and the field named, and nothing else wrong', () => {
      expect(problems(broken(what))).toEqual([expect.stringMatching(what.reason)]);
    });

    it('is refused by postcheck validate', async () => {
      const { code, stderr } = await validated(broken(what));
      expect(code).toBe(1);
      expect(stderr).toMatch(/is not a valid pack \(1 problem\):/);
      expect(stderr).toMatch(what.reason);
    });

    it('is refused by postcheck sign, which writes nothing', async () => {
      const { code, stderr, wrote } = await signedByCli(broken(what));
      expect(code).toBe(1);
      expect(stderr).toMatch(/is not a valid pack, so it was not signed/);
      expect(stderr).toMatch(what.reason);
      expect(wrote).toBe(false);
    });

    it('is refused by the updater, even signed with IT’s key, which keeps the last good pack', async () => {
      const { first, second, kept } = await updatedFrom('ogdenville', ogdenville(2), broken(what, 3));
      expect(first).toBeUndefined();
      expect(second).toMatch(what.reason);
      expect(kept?.version).toBe(2);
    });
  });
}

/**
 * The protected-speech floor holds for every pack, not only the bundled ones:
 * an outside city's pack that removes a phrase from a list that protects
 * speech (collective talk about pay, hours, staffing or safety, discrimination
 * complaints, criticism of policy) is refused by the schema itself, so
 * `postcheck validate`, `postcheck sign` and the updater all refuse it, each
 * saying why — while adding to such a list is allowed.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../../rules/schema';
import { bundledVocabulary } from '../../../rules/vocabulary/index';
import { signedByCli, updatedFrom, validated } from '../support/refusal-paths';
import { shelbyvillePack } from '../support/shelbyville-pack';

const ADDS = { 'collective-topics': { add: ['rota'] } };
const REMOVES = { 'collective-topics': { add: ['rota'], remove: ['overtime', 'staffing'] } };
const REASON = /vocabulary\.collective-topics\.remove: collective-topics protects speech, so a pack may add to it but never remove from it/;

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
    expect((await validated(shelbyvillePack(ADDS))).code).toBe(0);
    const { code, stderr } = await validated(shelbyvillePack(REMOVES));
    expect(code).toBe(1);
    expect(stderr).toMatch(REASON);
  });

  it('is refused by postcheck sign, which writes nothing', async () => {
    const { code, stderr, wrote } = await signedByCli(shelbyvillePack(REMOVES));
    expect(code).toBe(1);
    expect(stderr).toMatch(/not a valid pack, so it was not signed/);
    expect(stderr).toMatch(REASON);
    expect(wrote).toBe(false);
  });

  it('is refused by the updater from IT’s address, even signed with IT’s key, which keeps the last good pack', async () => {
    const { first, second, kept } = await updatedFrom('shelbyville', shelbyvillePack(ADDS, 2), shelbyvillePack(REMOVES, 3));
    expect(first).toBeUndefined();
    expect(second).toMatch(/not a valid pack/);
    expect(second).toMatch(REASON);
    expect(kept?.version).toBe(2);
    expect(kept?.vocabulary).toEqual(ADDS);
  });
});

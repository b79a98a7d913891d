/**
 * A pack's changes to the word lists (`vocabulary`): what the schema refuses,
 * what the checker then finds, and that each pack's lists are resolved and
 * compiled once, not on every check.
 */
import { describe, expect, it } from 'vitest';
import { insultLists } from '../../../rules/detectors/abuse';
import { grievanceLists, isProtected } from '../../../rules/detectors/grievance';
import { check } from '../../../rules/engine';
import { MAX_PACK_WORDS } from '../../../rules/limits';
import { MAX_LIST_CHANGE } from '../../../rules/pack-vocabulary';
import { bundledPack, bundledPackSource } from '../../../rules/packs/index';
import { type Pack, parsePack } from '../../../rules/schema';
import { makeTextView } from '../../../rules/text';
import { BASE_VOCABULARY } from '../../../rules/vocabulary/base';
import { packVocabulary } from '../../../rules/vocabulary/resolve';
import { parsedShelbyville, shelbyvillePack } from '../support/shelbyville-pack';

type Changes = Parameters<typeof shelbyvillePack>[0];
const errors = (vocabulary: Changes) => {
  const result = parsePack(shelbyvillePack(vocabulary));
  return result.ok ? [] : result.errors;
};
const rulesFor = (text: string, vocabulary?: Changes) => check(text, parsedShelbyville(vocabulary)).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);

describe('the schema, on a pack’s vocabulary', () => {
  it('accepts additions and removals that change a list', () => {
    expect(errors({ 'insult-nouns': { add: ['dingbat', 'dingbats'], remove: ['clown'] }, 'collective-topics': { add: ['rota'] } })).toEqual([]);
  });

  it('refuses a list that does not exist, naming it', () => {
    expect(errors({ 'insult-nounz': { add: ['dingbat'] } })).toEqual([expect.stringMatching(/^vocabulary\.insult-nounz: there is no word list "insult-nounz"/)]);
  });

  it('refuses a phrase added that is already in the list, listed twice, or one of its exceptions', () => {
    expect(errors({ 'insult-nouns': { add: ['idiot', 'dingbat', 'dingbat', 'trash pickup'] } })).toEqual([
      'vocabulary.insult-nouns.add.0: "idiot" is already in insult-nouns',
      'vocabulary.insult-nouns.add.2: "dingbat" is listed twice',
      'vocabulary.insult-nouns.add.3: "trash pickup" is one of the exceptions of insult-nouns, which clear its matches',
    ]);
  });

  it('refuses a phrase removed that is not in the list, or removed twice', () => {
    expect(errors({ 'insult-nouns': { remove: ['clown', 'dingbat', 'clown'] } })).toEqual([
      'vocabulary.insult-nouns.remove.1: "dingbat" is not in insult-nouns, so it cannot be removed',
      'vocabulary.insult-nouns.remove.2: "clown" is listed twice',
    ]);
  });

  it('holds added phrases to the list files’ form: lower case, one plain space, nothing invisible', () => {
    expect(errors({ 'insult-nouns': { add: ['Dingbat', 'total  dingbat', ' dingbat', 'ding\u200bbat'] } })).toEqual([
      'vocabulary.insult-nouns.add.0: "Dingbat" must be lower case (matching ignores case)',
      'vocabulary.insult-nouns.add.1: "total  dingbat" words are separated by one plain space',
      'vocabulary.insult-nouns.add.2: " dingbat" must not start or end with a space',
      'vocabulary.insult-nouns.add.3: "ding\u200bbat" must not contain control, invisible or text-direction characters',
    ]);
  });

  it('refuses removing from a list that protects speech, and allows adding to it', () => {
    expect(errors({ 'collective-topics': { add: ['rota'] } })).toEqual([]);
    expect(errors({ 'collective-topics': { remove: ['overtime'] } })).toEqual([
      expect.stringMatching(/^vocabulary\.collective-topics\.remove: collective-topics protects speech, so a pack may add to it but never remove from it/),
    ]);
  });

  it('bounds each list’s changes and counts them in the pack’s word budget', () => {
    const many = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix} ${i}`);
    expect(errors({ 'insult-nouns': { add: many(MAX_LIST_CHANGE + 1, 'dingbat') } })).toEqual([expect.stringMatching(/^vocabulary\.insult-nouns\.add: Too big/)]);
    const lists = Object.keys(BASE_VOCABULARY).slice(0, Math.ceil((MAX_PACK_WORDS + 1) / MAX_LIST_CHANGE));
    const budget = errors(Object.fromEntries(lists.map((id) => [id, { add: many(MAX_LIST_CHANGE, 'zz') }])));
    expect(budget).toEqual([expect.stringMatching(new RegExp(`^rules: the pack lists \\d+ phrases and lexicon entries in all; the limit is ${MAX_PACK_WORDS}`))]);
  });
});

describe('checking with a pack’s vocabulary', () => {
  it('flags an insult word the pack adds, which the bundled lists do not know', () => {
    expect(rulesFor('Dave Miller is a dingbat')).toEqual([]);
    expect(rulesFor('Dave Miller is a dingbat', { 'insult-nouns': { add: ['dingbat'] } })).toEqual(['shelbyville-insults: dingbat']);
  });

  it('stops flagging a word the pack removes from a list that does not protect speech', () => {
    expect(rulesFor('Dave Miller is a clown')).toEqual(['shelbyville-insults: clown']);
    expect(rulesFor('Dave Miller is a clown', { 'insult-nouns': { remove: ['clown'] } })).toEqual([]);
  });

  it('reads a negative word the pack adds as a dig at a supervisor', () => {
    expect(rulesFor('My supervisor is hopeless')).toEqual([]);
    expect(rulesFor('My supervisor is hopeless', { 'negative-evaluation': { add: ['hopeless'] } })).toEqual(['shelbyville-digs: supervisor is hopeless']);
  });

  it('protects a topic the pack adds to a protected list, for the rules and for the sentence judge', () => {
    const text = 'We all hate the new rota, management is clueless';
    expect(rulesFor(text)).toEqual([expect.stringMatching(/^shelbyville-digs: /)]);
    const vocabulary = { 'collective-topics': { add: ['rota'] } };
    expect(rulesFor(text, vocabulary)).toEqual([]);
    const sentence = { start: 0, end: text.length };
    expect(isProtected(makeTextView(text), sentence, BASE_VOCABULARY)).toBe(false);
    expect(isProtected(makeTextView(text), sentence, packVocabulary(parsedShelbyville(vocabulary)))).toBe(true);
  });
});

describe('the words inside the detectors’ patterns, changed by a pack', () => {
  /** Alexandria's pack with these changes to its lists, and the categories of what it finds in the text. */
  const categoriesWith = (text: string, vocabulary?: Changes) => {
    const result = parsePack({ ...bundledPackSource('alexandria'), ...(vocabulary ? { vocabulary } : {}) });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    return check(text, result.pack).map((f) => `${f.category}: ${text.slice(f.start, f.end)}`);
  };

  it('reads a secret after a label the pack adds to secret-words', () => {
    const text = 'the vault phrase is Xy7!pq4';
    expect(categoriesWith(text)).toEqual([]);
    expect(categoriesWith(text, { 'secret-words': { add: ['vault phrase'] } })).toEqual(['confidential: vault phrase is Xy7!pq4']);
  });

  it('reads dumping into a place the pack adds to dumping-places, and no longer into one it removes', () => {
    const arroyo = 'we just dump the old paint in the arroyo behind the yard';
    expect(categoriesWith(arroyo)).toEqual([]);
    expect(categoriesWith(arroyo, { 'dumping-places': { add: ['arroyo'] } })).toEqual(['unlawful-conduct: dump the old paint in the arroyo']);
    const bayou = 'we just dump the old paint in the bayou behind the yard';
    expect(categoriesWith(bayou)).toEqual(['unlawful-conduct: dump the old paint in the bayou']);
    expect(categoriesWith(bayou, { 'dumping-places': { remove: ['bayou'] } })).toEqual([]);
  });
});

describe('each pack’s lists, resolved and compiled once', () => {
  it('a pack without vocabulary checks with the bundled lists themselves, so every such pack shares their compilation', () => {
    expect(packVocabulary(bundledPack('alexandria'))).toBe(BASE_VOCABULARY);
    expect(packVocabulary(parsedShelbyville())).toBe(BASE_VOCABULARY);
  });

  it('the same pack gets the same resolved lists and the same compiled matchers, check after check', () => {
    const pack = parsedShelbyville({ 'insult-nouns': { add: ['dingbat'] } });
    const vocabulary = packVocabulary(pack);
    expect(vocabulary).not.toBe(BASE_VOCABULARY);
    const compiled = insultLists(vocabulary);
    for (let i = 0; i < 3; i++) check('Dave Miller is a dingbat', pack);
    expect(packVocabulary(pack)).toBe(vocabulary);
    expect(insultLists(packVocabulary(pack))).toBe(compiled);
    expect(grievanceLists(packVocabulary(pack))).toBe(grievanceLists(vocabulary));
    // The page's warm-up checks with copies of the pack, one rule each: they build the lists the real checks use.
    const warmUpCopy: Pack = { ...pack, rules: pack.rules.slice(0, 1) };
    expect(insultLists(packVocabulary(warmUpCopy))).toBe(compiled);
    // Lists the pack leaves alone are the bundled lists' own objects.
    expect(vocabulary['collective-topics']).toBe(BASE_VOCABULARY['collective-topics']);
    expect(vocabulary['insult-nouns'].phrases).toContain('dingbat');
  });

  it('another pack with other changes gets lists of its own', () => {
    const one = packVocabulary(parsedShelbyville({ 'insult-nouns': { add: ['dingbat'] } }));
    const other = packVocabulary(parsedShelbyville({ 'insult-nouns': { remove: ['clown'] } }));
    expect(insultLists(one)).not.toBe(insultLists(other));
    expect(insultLists(one)).not.toBe(insultLists(BASE_VOCABULARY));
  });

  it('stays total on changes the schema would refuse (the page’s checker resolves without zod)', () => {
    const junk = { vocabulary: { 'no-such-list': { add: ['x'] }, 'insult-nouns': { add: 'dingbat', remove: [7, 'clown'] } } } as unknown as Parameters<typeof packVocabulary>[0];
    const vocabulary = packVocabulary(junk);
    expect(vocabulary['insult-nouns'].phrases).not.toContain('clown');
    expect(vocabulary['insult-nouns'].phrases).not.toContain('dingbat');
    expect(Object.keys(vocabulary).sort()).toEqual(Object.keys(BASE_VOCABULARY).sort());
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches, hasMatch, matchesAtAnchors, primeTokens, wordList } from '../../../rules/detectors/match';

/** The draft being checked is "primed" (its tokens shared by every list); any other text is scanned on its own. */
const spans = (list: ReturnType<typeof wordList>, text: string, from?: number, to?: number) => allMatches(list, text, from, to).map((m) => m.text);

describe('word lists (PhraseMatcher)', () => {
  it('matches whole words, longest phrase first, without overlaps', () => {
    const list = wordList(['internal', 'internal use only', 'use', 'only']);
    const text = 'for internal use only, then use it only internally';
    expect(spans(list, text)).toEqual(['internal use only', 'use', 'only']);
    primeTokens(text);
    expect(spans(list, text)).toEqual(['internal use only', 'use', 'only']);
  });

  it('finds the same phrases in the primed draft as in a scan of the same text, window by window', () => {
    const words = ['my boss', 'boss', 'the city', 'city of', 'of', 'lazy idiot', 'idiot', 'a'];
    const draft = 'my boss at the city of springfield is a lazy idiot. the boss of bosses? a city of idiots, my boss.';
    const scanned = (from: number, to: number) => spans(wordList(words), `${draft} `, from, to); // a different text: scanned alone
    const list = wordList(words);
    primeTokens(draft);
    for (let from = 0; from < draft.length; from += 7) {
      for (let to = from; to <= draft.length; to += 11) expect(spans(list, draft, from, to), `${from}-${to}`).toEqual(scanned(from, to));
    }
  });

  it('answers for a list first used after other lists have already looked at the draft', () => {
    const draft = 'the door code is in the binder next to the break room';
    primeTokens(draft);
    expect(hasMatch(wordList(['binder']), draft)).toBe(true);
    const later = wordList(['break room', 'door code']);
    expect(spans(later, draft)).toEqual(['door code', 'break room']);
    expect(hasMatch(wordList(['lobby']), draft)).toBe(false);
  });

  it('follows the draft when a new one is primed', () => {
    const list = wordList(['confidential']);
    primeTokens('nothing here');
    expect(hasMatch(list, 'nothing here')).toBe(false);
    primeTokens('this memo is confidential');
    expect(spans(list, 'this memo is confidential')).toEqual(['confidential']);
  });
});

describe('matchesAtAnchors', () => {
  // Shaped like the detectors' patterns: optional words before an anchor, a lookbehind at the start, a number after.
  const DOOR_CODE = /(?<![\p{L}])((?:[\p{L}-]+\s+){0,2})codes?(?:'s|\s*(?:is|:|=))\s*(\d(?:[- ]?[\d#*]){2,9})(?![\p{N}])/gu;
  const WORDS_BEFORE = /[\p{L}\s\-\uD800-\uDFFF]/u;
  const EMAIL = /(?<![\w.+-])[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}(?![\w])/g;
  const LOCAL_PART = /[a-z0-9._%+-]/;

  /** Drafts of 3 to 27 of `pieces` (fast-check, seeded so a failure can be replayed, unbiased so every piece comes up as often). */
  const drafts = (seed: number, count: number, pieces: string[]) =>
    fc.sample(fc.noBias(fc.array(fc.constantFrom(...pieces), { minLength: 3, maxLength: 27 }).map((parts) => parts.join(''))), { numRuns: count, seed });

  it('finds what a scan of every position finds', () => {
    const pieces = ['code', 'codes', ' ', '  ', '-', 'door', 'side gate', 'x-ray', ' is ', ':', '=', '4471', '12', '#', '*', '. ', '\n', 'barcode', 'é', '𝐀', "'s", 'code code', '9'];
    for (const draft of drafts(7, 3000, pieces)) expect(matchesAtAnchors(DOOR_CODE, draft, 'code', WORDS_BEFORE), JSON.stringify(draft)).toEqual(allMatches(DOOR_CODE, draft));
    const mail = ['a', 'b.c', '@', 'x.org', '.', '-', '+', ' ', 'mail', '@@', 'ray_', '9', 'co'];
    for (const draft of drafts(11, 3000, mail)) expect(matchesAtAnchors(EMAIL, draft, '@', LOCAL_PART), JSON.stringify(draft)).toEqual(allMatches(EMAIL, draft));
  });

  it('reports offsets in the whole draft and the groups', () => {
    const draft = 'fyi the side door code is 4471, and the gate code: 9-9-1';
    expect(matchesAtAnchors(DOOR_CODE, draft, 'code', WORDS_BEFORE).map((m) => [draft.slice(m.start, m.end), m.groups[0]])).toEqual([
      ['side door code is 4471', 'side door '],
      ['the gate code: 9-9-1', 'the gate '],
    ]);
    expect(matchesAtAnchors(DOOR_CODE, 'no anchor here 1234', 'code', WORDS_BEFORE)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { allMatches, hasMatch, primeTokens, wordList } from '../../../rules/detectors/match';

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

/**
 * `phrases`: literal words or phrases, matched whole-word and case-insensitively,
 * optionally only when a context word is near (the Presidio/Purview "hotword"
 * recipe) and never when an exclusion word is near ("sample", "example").
 * Pack authors write plain phrases, never regular expressions, so a pack cannot
 * smuggle in a pattern with catastrophic backtracking.
 */
import { allMatches, isNear, isWithin, memoByParams, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import type { PhrasesParams } from './params';

const compile = memoByParams((params: PhrasesParams) => ({
  main: wordList(params.phrases),
  near: params.near ? wordList(params.near.words) : undefined,
  unless: params.unless.length ? wordList(params.unless) : undefined,
}));

export function detectPhrases(input: DetectorInput, params: PhrasesParams): Hit[] {
  const { main, near, unless } = compile(params);
  const { folded } = input.view;
  const hits: Hit[] = [];
  for (const m of allMatches(main, folded)) {
    if (near && params.near && !isNear(near, folded, m, params.near.window)) continue;
    if (unless && isWithin(unless, folded, m, 40)) continue;
    hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

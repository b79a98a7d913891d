/**
 * `phrases`: literal words or phrases, matched whole-word and case-insensitively,
 * optionally only when a context word is near (the Presidio/Purview "hotword"
 * recipe) and never when an exclusion word is near ("sample", "example").
 * Pack authors write plain phrases, never regular expressions, so a pack cannot
 * smuggle in a pattern with catastrophic backtracking.
 */
import { z } from 'zod';
import { allMatches, isNear, isWithin, memoByParams, wordList } from './match';
import type { DetectorInput, Hit } from './types';

const phrase = z.string().trim().min(1).max(120);

export const PhrasesParams = z.strictObject({
  kind: z.literal('phrases'),
  phrases: z.array(phrase).min(1).max(500),
  /** When present, a hit counts only if one of these words is within `window` characters. */
  near: z
    .strictObject({ words: z.array(phrase).min(1).max(200), window: z.number().int().min(1).max(1000).default(60) })
    .optional(),
  /** A hit is dropped when one of these words is within 40 characters (e.g. "sample", "fake"). */
  unless: z.array(phrase).max(200).default([]),
});
export type PhrasesParams = z.infer<typeof PhrasesParams>;

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

/**
 * `phrases`: literal words or phrases, matched whole-word and case-insensitively,
 * optionally only when a context word is near (the Presidio/Purview "hotword"
 * recipe) and never when an exclusion word is near ("sample", "example").
 * Pack authors write plain phrases, never regular expressions, so a pack cannot
 * smuggle in a pattern with catastrophic backtracking.
 */
import { z } from 'zod';
import { escapeRegExp } from '../text';
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

const WORD_CHAR = '[\\p{L}\\p{N}_]';

/** Builds a whole-word, case-insensitive alternation; whitespace in a phrase matches any run of spaces. */
export function phraseRegExp(phrases: readonly string[]): RegExp {
  const body = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p.toLowerCase()).replace(/\s+/g, '\\s+'))
    .join('|');
  return new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, 'gu');
}

const compiled = new WeakMap<PhrasesParams, { main: RegExp; near?: RegExp; unless?: RegExp }>();

function compile(params: PhrasesParams) {
  let entry = compiled.get(params);
  if (!entry) {
    entry = {
      main: phraseRegExp(params.phrases),
      near: params.near ? phraseRegExp(params.near.words) : undefined,
      unless: params.unless.length ? phraseRegExp(params.unless) : undefined,
    };
    compiled.set(params, entry);
  }
  return entry;
}

/** True when `re` matches somewhere in `folded` within `window` characters of [start, end). */
export function isNear(folded: string, re: RegExp, start: number, end: number, window: number): boolean {
  const from = Math.max(0, start - window);
  const slice = folded.slice(from, Math.min(folded.length, end + window));
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (e <= start || s >= end) return true;
  }
  return false;
}

export function detectPhrases(input: DetectorInput, params: PhrasesParams): Hit[] {
  const { main, near, unless } = compile(params);
  const { folded } = input.view;
  const hits: Hit[] = [];
  main.lastIndex = 0;
  for (let m = main.exec(folded); m; m = main.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (near && params.near && !isNear(folded, near, start, end, params.near.window)) continue;
    if (unless && isNear(folded, unless, start, end, 40)) continue;
    hits.push({ start, end });
  }
  return hits;
}

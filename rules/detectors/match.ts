/**
 * Small matching helpers every detector uses: word lists compiled into whole-word
 * regular expressions, "is there X near here", and iteration over matches.
 * Word lists are literal text (pack data is never compiled as a pattern).
 */
import { escapeRegExp, type Span } from '../text';

const WORD = '[\\p{L}\\p{N}_]';

/** Whole-word, case-insensitive alternation of literal phrases; whitespace matches any run of spaces. */
export function wordsRegExp(words: readonly string[]): RegExp {
  const body = [...new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+'))
    .join('|');
  // An empty list must match nothing.
  return new RegExp(body ? `(?<!${WORD})(?:${body})(?!${WORD})` : '(?!)', 'gu');
}

/** Whole-word regular expression from a trusted (code-owned) pattern source. */
export function patternRegExp(source: string): RegExp {
  return new RegExp(`(?<!${WORD})(?:${source})(?!${WORD})`, 'gu');
}

export interface Match extends Span {
  text: string;
  groups: (string | undefined)[];
}

export function allMatches(re: RegExp, text: string, from = 0, to = text.length): Match[] {
  const out: Match[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], groups: m.slice(1) });
  }
  return out;
}

/** True when `re` matches in `text` within [from, to). */
export function hasMatch(re: RegExp, text: string, from = 0, to = text.length): boolean {
  re.lastIndex = 0;
  const slice = text.slice(Math.max(0, from), Math.min(text.length, to));
  const found = re.test(slice);
  re.lastIndex = 0;
  return found;
}

/** True when `re` matches within `window` characters either side of `span` (not overlapping it). */
export function isNear(re: RegExp, text: string, span: Span, window: number): boolean {
  const from = Math.max(0, span.start - window);
  return allMatches(re, text, from, Math.min(text.length, span.end + window)).some((m) => m.end <= span.start || m.start >= span.end);
}

/** True when `re` matches anywhere from `window` characters before `span` to `window` after it, overlap included. */
export function isWithin(re: RegExp, text: string, span: Span, window: number): boolean {
  return hasMatch(re, text, span.start - window, span.end + window);
}

/** The matches of `re` inside `span`. */
export function matchesIn(re: RegExp, text: string, span: Span): Match[] {
  return allMatches(re, text, span.start, span.end);
}

/** Memoises a compiled value per params object (packs are immutable once parsed). */
export function memoByParams<P extends object, V>(build: (params: P) => V): (params: P) => V {
  const cache = new WeakMap<P, V>();
  return (params) => {
    let value = cache.get(params);
    if (value === undefined) {
      value = build(params);
      cache.set(params, value);
    }
    return value;
  };
}

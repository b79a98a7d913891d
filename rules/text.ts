/**
 * A read-only view of the draft that detectors share, computed once per check.
 * `folded` has exactly the same length as `text`, so an offset found in one is
 * an offset in the other: matching is done on `folded`, findings point into `text`.
 */
import { primeTokens } from './detectors/match';
import { foldText } from './fold';

export { foldText } from './fold';

export interface Span {
  start: number;
  end: number;
}

/** Sentence-ish spans: split at . ! ? and line breaks, keeping offsets. */
/** Abbreviations whose period does not end a sentence ("Sgt. Brown", "Mrs. Pruitt", "123 Main St. downtown"). */
const ABBREVIATION = /(?:^|[^\p{L}])(?:mr|mrs|ms|dr|sgt|lt|capt|cpt|det|ofc|off|cmdr|supt|st|ave|blvd|rd|dept|div|no|vs|etc|jr|sr|e\.g|i\.e|a\.m|p\.m|approx|asst|mgr)\.$/iu;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^.!?\n]+(?:[.!?]+(?=\s|$)|[.!?]+|\n|$)/g;
  let pendingStart = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    const start = pendingStart >= 0 ? pendingStart : m.index;
    const end = m.index + m[0].length;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 8), end)) && end < text.length) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    if (text.slice(start, end).trim()) spans.push({ start, end });
  }
  if (pendingStart >= 0 && text.slice(pendingStart).trim()) spans.push({ start: pendingStart, end: text.length });
  return spans;
}

export class TextView {
  readonly text: string;
  /** Lower-cased, quote- and dash-normalised copy of `text` with identical offsets. */
  readonly folded: string;
  #sentences?: Span[];

  constructor(text: string) {
    this.text = text;
    this.folded = foldText(text);
    primeTokens(this.folded);
  }

  get sentences(): Span[] {
    this.#sentences ??= splitSentences(this.folded);
    return this.#sentences;
  }

  /** The sentence just before `sentence` (one of `this.sentences`), if any. */
  sentenceBefore(sentence: Span): Span | undefined {
    const i = this.sentences.indexOf(sentence);
    return i > 0 ? this.sentences[i - 1] : undefined;
  }

  /** The sentence containing `index` (or an empty span at the index). */
  sentenceAt(index: number): Span {
    for (const s of this.sentences) if (index >= s.start && index < s.end) return s;
    return { start: index, end: index };
  }
}

export function makeTextView(text: string): TextView {
  return new TextView(text);
}

/** The span without the whitespace at either end. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Escapes a literal string for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Literal phrases as one RegExp alternation; one that never matches for none (a pack may empty a word list). */
export function literalAlternation(phrases: readonly string[]): string {
  return phrases.length ? phrases.map(escapeRegExp).join('|') : '(?!)';
}

/** True where `i` sits on a character boundary (not between the halves of a surrogate pair). */
export function isCharBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i);
  return !(prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
}

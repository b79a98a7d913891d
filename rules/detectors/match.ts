/**
 * Small matching helpers every detector uses: word lists compiled into whole-word
 * regular expressions, "is there X near here", and iteration over matches.
 * Word lists are literal text (pack data is never compiled as a pattern).
 */
import { foldText } from '../fold';
import type { Span } from '../text';

export interface Match extends Span {
  text: string;
  groups: (string | undefined)[];
}

/** A word (letters, digits, underscore) or any single other visible character (punctuation, emoji). */
const TOKEN = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Tokenisations of the last few texts: every word list in a check scans the same folded draft. */
const tokenCache = new Map<string, Token[]>();

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/**
 * The draft being checked: every word list scans it, so its tokens are kept at
 * hand.
 */
let primary: { text: string; tokens: Token[] } = { text: '', tokens: [] };

/** Called once per check with the folded draft, so all word lists share one tokenisation. */
export function primeTokens(text: string): void {
  if (text !== primary.text) primary = { text, tokens: tokenise(text) };
}

function tokensOf(text: string): Token[] {
  if (text === primary.text) return primary.tokens;
  const hit = tokenCache.get(text);
  if (hit) return hit;
  const tokens = tokenise(text);
  if (tokenCache.size >= 32) tokenCache.delete(tokenCache.keys().next().value!);
  tokenCache.set(text, tokens);
  return tokens;
}

/** The first index in [0, count) for which `isBefore` is false (`isBefore` true for a prefix, then false). */
export function lowerBound(count: number, isBefore: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First token index whose start is at or after `from`. */
function firstTokenAt(tokens: Token[], from: number): number {
  return lowerBound(tokens.length, (i) => tokens[i]!.start < from);
}

const NO_STARTS: readonly number[] = [];

/** Every indexed list's slot number, by the words its phrases start with. */
const slotsByFirstWord = new Map<string, number[]>();
let slotsTaken = 0;
/** A list built for a rule pack that has since been replaced is let go: its slot leaves the index with it. */
const releaseSlot = new FinalizationRegistry<{ slot: number; words: string[] }>(({ slot, words }) => {
  for (const word of words) {
    const slots = slotsByFirstWord.get(word)?.filter((s) => s !== slot);
    if (slots?.length) slotsByFirstWord.set(word, slots);
    else slotsByFirstWord.delete(word);
  }
});
/** The latest walk: each slot's phrase starts (token indices, in order) in the draft being checked. */
let walked: { tokens: Token[]; starts: (number[] | undefined)[] } | undefined;

/** Files a newly indexed list under its first words, and adds its starts to the current walk (lists index on first use, mid-check). */
function enrol(list: PhraseMatcher, firstWords: ReadonlyMap<string, unknown>): number {
  const slot = slotsTaken++;
  const words = [...firstWords.keys()];
  for (const word of words) {
    const slots = slotsByFirstWord.get(word);
    if (slots) slots.push(slot);
    else slotsByFirstWord.set(word, [slot]);
  }
  releaseSlot.register(list, { slot, words });
  if (walked) {
    const at: number[] = [];
    walked.tokens.forEach((token, i) => firstWords.has(token.text) && at.push(i));
    if (at.length) walked.starts[slot] = at;
  }
  return slot;
}

/**
 * Each list's phrase starts in the draft being checked, found in one walk over
 * its tokens (one lookup per token) instead of one search per list: a check
 * asks ~100 lists, most of which start nowhere in the draft.
 */
function phraseStartsBySlot(): (number[] | undefined)[] {
  const tokens = primary.tokens;
  if (walked?.tokens === tokens) return walked.starts;
  const starts: (number[] | undefined)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const slots = slotsByFirstWord.get(tokens[i]!.text);
    if (slots) for (const slot of slots) (starts[slot] ??= []).push(i);
  }
  walked = { tokens, starts };
  return starts;
}

/**
 * A list of literal phrases matched whole-word and case-insensitively, as
 * sequences of tokens looked up by their first token: one pass over the draft's
 * tokens per list, however long the list (a regular-expression alternation of
 * hundreds of phrases costs that many tries at every character).
 */
export class PhraseMatcher {
  readonly #phrases: readonly string[];
  #built?: { byFirst: Map<string, string[][]>; size: number };
  #slot = -1;

  /** Only keeps the list: it is indexed on first use, so loading the checker on a page stays cheap. */
  constructor(phrases: readonly string[]) {
    this.#phrases = phrases;
  }

  get size(): number {
    return this.#index().size;
  }

  get #byFirst(): Map<string, string[][]> {
    return this.#index().byFirst;
  }

  #index(): { byFirst: Map<string, string[][]>; size: number } {
    if (this.#built) return this.#built;
    const byFirst = new Map<string, string[][]>();
    const unique = [...new Set(this.#phrases.map((p) => foldText(p.trim())).filter(Boolean))];
    for (const phrase of unique) {
      const tokens = phrase.match(TOKEN) ?? [];
      if (!tokens.length) continue;
      const list = byFirst.get(tokens[0]!) ?? [];
      list.push(tokens);
      byFirst.set(tokens[0]!, list);
    }
    // Longest first, so "internal use only" wins over "internal".
    for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.#built = { byFirst, size: unique.length };
    this.#slot = enrol(this, byFirst);
    return this.#built;
  }

  matches(text: string, from = 0, to = text.length, firstOnly = false): Match[] {
    if (!this.size) return [];
    const tokens = tokensOf(text);
    if (tokens === primary.tokens) return this.#matchesAtStarts(text, tokens, from, to, firstOnly);
    const out: Match[] = [];
    for (let i = firstTokenAt(tokens, from), last = firstTokenAt(tokens, to); i < last; i++) {
      const match = this.#longestAt(text, tokens, i, to);
      if (!match) continue;
      out.push(match.match);
      if (firstOnly) return out;
      i = match.lastToken;
    }
    return out;
  }

  /** The longest phrase starting at token `i` and ending by `to`. */
  #longestAt(text: string, tokens: Token[], i: number, to: number): { match: Match; lastToken: number } | undefined {
    const candidates = this.#byFirst.get(tokens[i]!.text);
    if (!candidates) return undefined;
    for (const phrase of candidates) {
      const last = tokens[i + phrase.length - 1];
      if (!last || last.end > to) continue;
      let same = true;
      for (let k = 1; k < phrase.length && same; k++) same = tokens[i + k]!.text === phrase[k];
      if (!same) continue;
      const start = tokens[i]!.start;
      return { match: { start, end: last.end, text: text.slice(start, last.end), groups: [] }, lastToken: i + phrase.length - 1 };
    }
    return undefined;
  }

  /**
   * Where in the draft being checked this list's first words occur (token
   * indices, in order): every list's at once, from one walk over the draft's
   * tokens per check (see phraseStartsBySlot). Detectors ask about one sentence
   * at a time, dozens of times a check; each ask is then a binary search.
   */
  #startsInPrimary(): readonly number[] {
    return phraseStartsBySlot()[this.#slot] ?? NO_STARTS;
  }

  /**
   * Same result as the left-to-right scan (leftmost-longest matches, none
   * overlapping), from this list's starts in the draft: most lists start
   * nowhere in a given sentence, and answer without looking at its tokens.
   */
  #matchesAtStarts(text: string, tokens: Token[], from: number, to: number, firstOnly: boolean): Match[] {
    const starts = this.#startsInPrimary();
    const out: Match[] = [];
    if (!starts.length) return out;
    let next = 0;
    for (let k = lowerBound(starts.length, (j) => tokens[starts[j]!]!.start < from); k < starts.length && tokens[starts[k]!]!.start < to; k++) {
      const i = starts[k]!;
      if (i < next) continue;
      const match = this.#longestAt(text, tokens, i, to);
      if (!match) continue;
      out.push(match.match);
      if (firstOnly) return out;
      next = match.lastToken + 1;
    }
    return out;
  }
}

export type Matcher = RegExp | PhraseMatcher;

/** Whole-word, case-insensitive matcher for a list of literal phrases. */
export function wordList(words: readonly string[]): PhraseMatcher {
  return new PhraseMatcher(words);
}

export function allMatches(re: Matcher, text: string, from = 0, to = text.length): Match[] {
  if (re instanceof PhraseMatcher) return re.matches(text, Math.max(0, from), Math.min(text.length, to));
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

const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * The same matches as allMatches(re, text) (leftmost, not overlapping), for a
 * pattern every match of which contains `anchor` and starts within the run of
 * `lead` characters that ends at it ("door code is 4471": the words before
 * "code"). The pattern is tried only there, not at every character of the
 * draft: a pattern that opens with a lookbehind or a few optional words costs
 * V8 a try at each position (~0.27 ms on 3,000 characters for the door-code
 * pattern; a few microseconds this way). `lead` tests one UTF-16 unit and must
 * accept every character such a start can have before the anchor.
 */
export function matchesAtAnchors(re: RegExp, text: string, anchor: string, lead: RegExp): Match[] {
  let sticky = stickyCopies.get(re);
  if (!sticky) {
    sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
    stickyCopies.set(re, sticky);
  }
  const out: Match[] = [];
  let pos = 0;
  for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, pos)) {
    let from = at;
    while (from > pos && lead.test(text[from - 1]!)) from--;
    // No match can start in [pos, from): it would need an anchor whose lead run reaches back past a non-lead character.
    pos = at + 1;
    for (let p = from; p <= at; p++) {
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (!m || m[0] === '') continue;
      out.push({ start: p, end: p + m[0].length, text: m[0], groups: m.slice(1) });
      pos = Math.max(pos, p + m[0].length);
      break;
    }
  }
  return out;
}

/** True when `re` matches in `text` within [from, to). */
export function hasMatch(re: Matcher, text: string, from = 0, to = text.length): boolean {
  if (re instanceof PhraseMatcher) return re.matches(text, Math.max(0, from), Math.min(text.length, to), true).length > 0;
  re.lastIndex = 0;
  const slice = text.slice(Math.max(0, from), Math.min(text.length, to));
  const found = re.test(slice);
  re.lastIndex = 0;
  return found;
}

/** True when `re` matches within `window` characters either side of `span` (not overlapping it). */
export function isNear(re: Matcher, text: string, span: Span, window: number): boolean {
  const from = Math.max(0, span.start - window);
  return allMatches(re, text, from, Math.min(text.length, span.end + window)).some((m) => m.end <= span.start || m.start >= span.end);
}

/** True when `re` matches anywhere from `window` characters before `span` to `window` after it, overlap included. */
export function isWithin(re: Matcher, text: string, span: Span, window: number): boolean {
  return hasMatch(re, text, span.start - window, span.end + window);
}

/** Memoises a value derived from an immutable object (a parsed pack's lexicon or rule parameters). */
export function memoByLexicon<L extends object, V>(build: (lexicon: L) => V): (lexicon: L) => V {
  const cache = new WeakMap<L, V>();
  return (lexicon) => {
    let value = cache.get(lexicon);
    if (value === undefined) {
      value = build(lexicon);
      cache.set(lexicon, value);
    }
    return value;
  };
}

/** Memoises a compiled value per params object (the same cache, by another name, for readability at call sites). */
export const memoByParams = memoByLexicon;

/**
 * Memoises a detector's compiled word lists per resolved vocabulary (rules/vocabulary/resolve.ts):
 * built on a pack's first check, shared by every pack that changes no list, never rebuilt per check.
 */
export const memoByVocabulary = memoByLexicon;

/**
 * How a draft is cut into judged units (sentences) and how each becomes model
 * input. training/units.py does exactly the same in Python (the model was
 * trained on its output); the golden file tests/fixtures/judgment/golden.json,
 * written by training/golden.py, holds the two to the same results.
 */

/**
 * The categories the model outputs, in its output order: schema.ts's CATEGORIES without work-time (a note from
 * the check's context, not the text). Listed here rather than derived, so the content script's messages do not
 * pull in the full zod schema; a unit test holds the two lists together.
 */
export const JUDGED_CATEGORIES = [
  'official-capacity',
  'confidential',
  'harassment',
  'grievance',
  'coworker-privacy',
  'unlawful-conduct',
  'personal-safety',
] as const;
export type JudgedCategory = (typeof JUDGED_CATEGORIES)[number];

const MAX_UNIT = 300;
export const MAX_TOKENS = 112;
const MAX_SENTENCE_TOKENS = 80;
const CONTEXT_CHARS = 100;

const WHITESPACE = ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const isSpace = (ch: string | undefined) => ch !== undefined && WHITESPACE.includes(ch);
/** A sentence ends after . ! ? or … (and closing quotes or brackets) when whitespace follows; a line break always ends one. */
const SENTENCE_END = new RegExp(`[.!?\\u2026]+["'\\u201d\\u2019)\\]]*(?=[${WHITESPACE.replace(/\s/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}])`, 'g');

export interface Unit {
  /** UTF-16 offsets into the draft, end exclusive. */
  start: number;
  end: number;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return [start, end];
}

function cutLong(text: string, start: number, end: number, out: Unit[]): void {
  while (end - start > MAX_UNIT) {
    let cut = text.lastIndexOf(' ', start + MAX_UNIT - 1);
    if (cut <= start) {
      cut = start + MAX_UNIT;
      // Never between the two halves of a surrogate pair.
      if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut -= 1;
    }
    push(text, start, cut, out);
    start = cut;
  }
  push(text, start, end, out);
}

function push(text: string, start: number, end: number, out: Unit[]): void {
  const [a, b] = trimmed(text, start, end);
  if (b > a) out.push({ start: a, end: b });
}

/** Units of a draft in order, trimmed and never empty. */
export function splitUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    let last = lineStart;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
      const end = lineStart + m.index + m[0].length;
      const [a, b] = trimmed(text, last, end);
      if (b > a) cutLong(text, a, b, units);
      last = end;
    }
    const [a, b] = trimmed(text, last, lineEnd);
    if (b > a) cutLong(text, a, b, units);
    lineStart = lineEnd + 1;
  }
  return units;
}

/** The neighbours the model reads beside a unit: the end of the previous one and the start of the next. */
export function unitContext(text: string, units: readonly Unit[], i: number): string {
  const prev = i > 0 ? text.slice(units[i - 1]!.start, units[i - 1]!.end).slice(-CONTEXT_CHARS) : '';
  const next = i + 1 < units.length ? text.slice(units[i + 1]!.start, units[i + 1]!.end).slice(0, CONTEXT_CHARS) : '';
  return `${prev} ${next}`.trim();
}

export interface EncodedUnit {
  ids: number[];
  types: number[];
}

/** [CLS] sentence [SEP] context [SEP] with longest-first truncation to MAX_TOKENS. */
export function encodePair(sentenceIds: readonly number[], contextIds: readonly number[], cls: number, sep: number): EncodedUnit {
  const a = sentenceIds.slice(0, MAX_SENTENCE_TOKENS);
  const b = contextIds.slice();
  while (a.length + b.length > MAX_TOKENS - 3) {
    if (a.length > b.length) a.pop();
    else b.pop();
  }
  return {
    ids: [cls, ...a, sep, ...b, sep],
    types: [...new Array<number>(a.length + 2).fill(0), ...new Array<number>(b.length + 1).fill(1)],
  };
}

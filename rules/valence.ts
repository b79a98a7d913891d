/**
 * How negative a stretch of text reads, from the AFINN-165 word list (3,382
 * English words rated −5…+5 by Finn Årup Nielsen). A negator just before a word
 * ("not great", "never helpful") flips it. Used where a fixed list of insults
 * would miss new wordings: a remark about a supervisor is a dig when it reads negative.
 */
import { afinn } from './deferred-libraries.cjs';
import type { Span } from './text';

const WORD = /[\p{L}']+|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]/gu;
const NEGATORS = new Set(['not', "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", 'never', 'no', "can't", "won't", 'hardly', 'without']);
/** Emoji that carry eye-rolling or contempt in a workplace post. */
const EMOJI: Record<string, number> = { '🙄': -2, '🤡': -3, '😒': -2, '🙃': -1, '💀': -1, '🤦': -2, '😤': -2, '🖕': -4, '💩': -3 };

export interface Valence {
  /** Sum of word scores. */
  total: number;
  /** The most negative single word score. */
  worst: number;
}

/**
 * `ignore`: words to leave unscored. AFINN rates news ("arrested", "on leave",
 * "fire") as negative, but reporting what happened is not judging someone.
 */
export function valence(folded: string, span: Span, ignore?: ReadonlySet<string>): Valence {
  const scores = afinn();
  let total = 0;
  let worst = 0;
  let previous = '';
  let beforePrevious = '';
  WORD.lastIndex = 0;
  const text = folded.slice(span.start, span.end);
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0].replace(/^'+|'+$/g, '');
    let score = EMOJI[word] ?? (Object.hasOwn(scores, word) && !ignore?.has(word) ? scores[word]! : 0);
    if (score && (NEGATORS.has(previous) || NEGATORS.has(beforePrevious))) score = -score;
    total += score;
    worst = Math.min(worst, score);
    beforePrevious = previous;
    previous = word;
  }
  return { total, worst };
}

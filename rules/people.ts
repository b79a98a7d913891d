/**
 * Where the draft names people: compromise's name lists read in context
 * (names-nlp.ts), @mentions, and capitalised names right before "from <dept>" or
 * "in <dept>". compromise runs only on the sentences a detector asks about,
 * once each per check, and only after that detector's cheap prefilter matched.
 */
import { BASE_NAME_WORDS, type NameWords, personNames } from './names-nlp';
import { RecentMemo, recentMemo } from './recent-memo';
import type { Span, TextView } from './text';

/** Per check: sentence start → the people in that sentence (by name words too, though one check reads with one pack's). */
const cache = new WeakMap<NameWords, WeakMap<TextView, Map<number, Span[]>>>();

const MENTION = /(?<![\w@])@[A-Za-z0-9_.]{2,30}/g;

/** Across checks: sentence text → its people, as offsets into that sentence (they depend on its text and the name words alone). */
const MEMO_SIZE = 400;
const bundledMemo = recentMemo((text) => peopleInSentence(text, BASE_NAME_WORDS), MEMO_SIZE);
/** For a pack that changes the name words: let go with its word lists (not among the memos the benchmark empties). */
const packMemos = new WeakMap<NameWords, RecentMemo<Span[]>>();

function memoFor(words: NameWords): RecentMemo<Span[]> {
  if (words === BASE_NAME_WORDS) return bundledMemo;
  let memo = packMemos.get(words);
  if (!memo) packMemos.set(words, (memo = new RecentMemo((text) => peopleInSentence(text, words), MEMO_SIZE)));
  return memo;
}

function rememberedPeople(view: TextView, sentence: Span, words: NameWords): Span[] {
  const relative = memoFor(words).get(view.text.slice(sentence.start, sentence.end));
  return relative.map((p) => ({ start: sentence.start + p.start, end: sentence.start + p.end }));
}

/** The people in one sentence, as offsets into it. */
function peopleInSentence(text: string, words: NameWords): Span[] {
  const spans: Span[] = [];
  try {
    spans.push(...personNames(text, words));
  } catch {
    // compromise failing must not stop the other signals below.
  }
  for (const re of [words.nameAtWork, MENTION]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Person names inside a span (computed for the sentences it touches), read with the pack's name words. */
export function peopleIn(view: TextView, span: Span, words: NameWords): Span[] {
  let byView = cache.get(words);
  if (!byView) cache.set(words, (byView = new WeakMap()));
  let perSentence = byView.get(view);
  if (!perSentence) {
    perSentence = new Map();
    byView.set(view, perSentence);
  }
  const out: Span[] = [];
  for (const sentence of view.sentences) {
    if (sentence.end <= span.start || sentence.start >= span.end) continue;
    let people = perSentence.get(sentence.start);
    if (!people) {
      people = rememberedPeople(view, sentence, words);
      perSentence.set(sentence.start, people);
    }
    for (const p of people) if (p.start >= span.start && p.end <= span.end) out.push(p);
  }
  return out;
}

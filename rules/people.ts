/**
 * Where the draft names people: compromise's name lists read in context
 * (names-nlp.ts), @mentions, and capitalised names right before "from <dept>" or
 * "in <dept>". compromise runs only on the sentences a detector asks about,
 * once each per check, and only after that detector's cheap prefilter matched.
 */
import { personNames } from './names-nlp';
import { recentMemo } from './recent-memo';
import type { Span, TextView } from './text';

/** Per check: sentence start → the people in that sentence. */
const cache = new WeakMap<TextView, Map<number, Span[]>>();

/** "Jen from payroll", "Mike in IT", "Dave on B shift": capitalised word + workplace preposition. */
const NAME_AT_WORK = /(?<![\p{L}\d] ?)([A-Z][a-z]{2,15})(?= (?:from|in|over in|down in) (?:the )?(?:[A-Z]{2,5}\b|[a-z]+ (?:department|dept|division|office)|payroll|accounting|dispatch|records|finance|planning|purchasing|billing|maintenance|admin|legal|permits|zoning|parks|utilities|streets|sanitation|fleet|engineering|hr|it)\b)/gu;
const MENTION = /(?<![\w@])@[A-Za-z0-9_.]{2,30}/g;

/** Across checks: sentence text → its people, as offsets into that sentence (they depend on its text alone). */
const bySentenceText = recentMemo(peopleInSentence, 400);

function rememberedPeople(view: TextView, sentence: Span): Span[] {
  const relative = bySentenceText.get(view.text.slice(sentence.start, sentence.end));
  return relative.map((p) => ({ start: sentence.start + p.start, end: sentence.start + p.end }));
}

/** The people in one sentence, as offsets into it. */
function peopleInSentence(text: string): Span[] {
  const spans: Span[] = [];
  try {
    spans.push(...personNames(text));
  } catch {
    // compromise failing must not stop the other signals below.
  }
  for (const re of [NAME_AT_WORK, MENTION]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Person names inside a span (computed for the sentences it touches). */
export function peopleIn(view: TextView, span: Span): Span[] {
  let perSentence = cache.get(view);
  if (!perSentence) {
    perSentence = new Map();
    cache.set(view, perSentence);
  }
  const out: Span[] = [];
  for (const sentence of view.sentences) {
    if (sentence.end <= span.start || sentence.start >= span.end) continue;
    let people = perSentence.get(sentence.start);
    if (!people) {
      people = rememberedPeople(view, sentence);
      perSentence.set(sentence.start, people);
    }
    for (const p of people) if (p.start >= span.start && p.end <= span.end) out.push(p);
  }
  return out;
}

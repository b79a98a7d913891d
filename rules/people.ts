/**
 * Where the draft names people: compromise's #Person tags (its name lists and
 * grammar), @mentions, and capitalised names right before "from <dept>" or
 * "in <dept>". compromise runs at most once per check, and only when a
 * detector's cheap prefilter has already matched.
 */
import nlp from 'compromise/two';
import type { Span, TextView } from './text';

const cache = new WeakMap<TextView, Span[]>();

/** "Jen from payroll", "Mike in IT", "Dave on B shift": capitalised word + workplace preposition. */
const NAME_AT_WORK = /(?<![\p{L}\d] ?)([A-Z][a-z]{2,15})(?= (?:from|in|over in|down in) (?:the )?(?:[A-Z]{2,5}\b|[a-z]+ (?:department|dept|division|office)|payroll|accounting|dispatch|records|finance|planning|purchasing|billing|maintenance|admin|legal|permits|zoning|parks|utilities|streets|sanitation|fleet|engineering|hr|it)\b)/gu;
const MENTION = /(?<![\w@])@[A-Za-z0-9_]{2,30}/g;

export function personSpans(view: TextView): Span[] {
  const hit = cache.get(view);
  if (hit) return hit;
  const spans: Span[] = [];
  try {
    const json = nlp(view.text).match('#Person+').json({ offset: true }) as { offset?: { start: number; length: number } }[];
    for (const item of json) if (item.offset) spans.push({ start: item.offset.start, end: item.offset.start + item.offset.length });
  } catch {
    // compromise failing must not stop the other signals below.
  }
  for (const re of [NAME_AT_WORK, MENTION]) {
    re.lastIndex = 0;
    for (let m = re.exec(view.text); m; m = re.exec(view.text)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  spans.sort((a, b) => a.start - b.start);
  cache.set(view, spans);
  return spans;
}

/** Person names inside a span. */
export function peopleIn(view: TextView, span: Span): Span[] {
  return personSpans(view).filter((p) => p.start >= span.start && p.end <= span.end);
}

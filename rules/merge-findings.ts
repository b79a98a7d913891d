/**
 * Overlapping findings of the same category are one problem to the reader:
 * keep the most severe (then the longest, then the first) and drop the rest;
 * then two hits of one rule separated only by a space or comma read as one.
 * Each finding is one binary search among the spans kept in its category, not
 * a scan of all of them: a pack that flags every word must not make merging
 * the slow part of a check (it was quadratic: 1.4 s on 3,000 characters).
 */
import { lowerBound } from './detectors/match';
import { type Finding, severityRank } from './finding';

/**
 * The spans kept so far in one category. They never overlap one another, so
 * held in order of start their ends are in order too, and whether a new span
 * overlaps any of them is one binary search. Empty spans (a note about the
 * whole post, at 0–0) overlap only a span around them, so they are held apart.
 */
class KeptSpans {
  readonly #spans: { start: number; end: number }[] = [];
  readonly #points: number[] = [];

  /** Keeps [start, end) unless it overlaps a span kept before; true when kept. */
  keep(start: number, end: number): boolean {
    const spans = this.#spans;
    // The first kept span that ends after `start` is the only one that can overlap.
    const at = lowerBound(spans.length, (i) => spans[i]!.end <= start);
    const next = spans[at];
    const points = this.#points;
    const after = lowerBound(points.length, (i) => points[i]! <= start);
    if (start === end) {
      if (next && next.start < start) return false;
      points.splice(after, 0, start);
      return true;
    }
    if ((next && next.start < end) || (points[after] ?? end) < end) return false;
    spans.splice(at, 0, { start, end });
    return true;
  }
}

export function mergeFindings(findings: readonly Finding[], text = ''): Finding[] {
  const ordered = [...findings].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const byCategory = new Map<string, KeptSpans>();
  const kept: Finding[] = [];
  for (const f of ordered) {
    let spans = byCategory.get(f.category);
    if (!spans) byCategory.set(f.category, (spans = new KeptSpans()));
    if (spans.keep(f.start, f.end)) kept.push(f);
  }
  kept.sort((a, b) => a.start - b.start || severityRank(a.severity) - severityRank(b.severity) || a.ruleId.localeCompare(b.ruleId));
  return joinAdjacent(kept, text);
}

/** "lazy idiot": two hits of one rule separated only by spaces or commas read as one finding. */
function joinAdjacent(findings: readonly Finding[], text: string): Finding[] {
  const out: Finding[] = [];
  // The latest finding out of each rule at each severity: the only one a later hit can join.
  const latest = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.severity}`;
    const prev = latest.get(key);
    if (prev && f.start >= prev.end && /^[\s,&+-]{0,3}$/.test(text.slice(prev.end, f.start)) && f.start - prev.end <= 3) {
      prev.end = f.end;
      continue;
    }
    const copy = { ...f };
    out.push(copy);
    latest.set(key, copy);
  }
  return out;
}

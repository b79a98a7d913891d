/**
 * Merging overlapping findings (rules/merge-findings.ts): the same answer as
 * the straightforward scan it replaced, on any findings, and fast on many —
 * it was quadratic, and a pack flagging every word spent seconds here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Finding, severityRank } from '../../../rules/finding';
import { mergeFindings } from '../../../rules/merge-findings';
import { CATEGORIES, SEVERITIES } from '../../../rules/schema';

/** The scan merging used before: every finding against every finding kept, then a backwards search per finding. */
function reference(findings: Finding[], text: string): Finding[] {
  const ordered = [...findings].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const f of ordered) if (!kept.some((k) => k.category === f.category && f.start < k.end && k.start < f.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start || severityRank(a.severity) - severityRank(b.severity) || a.ruleId.localeCompare(b.ruleId));
  const out: Finding[] = [];
  for (const f of kept) {
    const prev = [...out].reverse().find((k) => k.ruleId === f.ruleId && k.severity === f.severity);
    if (prev && f.start >= prev.end && /^[\s,&+-]{0,3}$/.test(text.slice(prev.end, f.start)) && f.start - prev.end <= 3) prev.end = f.end;
    else out.push({ ...f });
  }
  return out;
}

const finding = fc
  .record({
    category: fc.constantFrom(...CATEGORIES.slice(0, 3)),
    ruleId: fc.constantFrom('a', 'b', 'c', 'd'),
    severity: fc.constantFrom(...SEVERITIES),
    start: fc.integer({ min: 0, max: 60 }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 })),
  })
  .map(({ length, ...f }): Finding => ({ ...f, end: f.start + length, message: 'm', clauses: [] }));

describe('mergeFindings', () => {
  it('gives the same findings as the scan it replaced (empty spans, ties and adjacent hits included)', () => {
    const text = 'lazy, idiot & jerk  and more words here, with commas, and spaces; then some more text to the end.';
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), (findings) => {
        expect(mergeFindings(findings, text)).toEqual(reference(findings, text));
      }),
      { numRuns: 2_000, seed: 25 },
    );
  });

  it('merges 20,000 findings (one per word of a long draft, two rules each) in well under a second', () => {
    const text = 'word '.repeat(10_000);
    const findings: Finding[] = [];
    for (let i = 0; i < 10_000; i++)
      for (const ruleId of ['a', 'b']) findings.push({ category: 'harassment', ruleId, severity: 'warn', start: i * 5, end: i * 5 + 4, message: 'm', clauses: [] });
    const began = performance.now();
    const merged = mergeFindings(findings, text);
    const ms = performance.now() - began;
    // One finding of rule a joined across the whole draft ("word word …" are hits separated by a space).
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ ruleId: 'a', start: 0, end: 49_999 });
    expect(ms).toBeLessThan(250);
  });
});

// The labelled corpora keep the shape docs/corpus.md promises: labels from LABELS.md's categories,
// spans on the text's character boundaries, real-post lengths, many voices, hard negatives and Spanish.
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../rules/schema';
import { readdirSync } from 'node:fs';
import { BLIND_DIR, blindSets, CORPUS, readJsonl } from '../../../scripts/judgment/corpora';
import type { LabelledDraft } from '../../../scripts/judgment/scoring';

interface CorpusDraft extends LabelledDraft {
  writer: string;
  persona: string;
  lang: 'en' | 'es' | 'mixed';
  clauses: Record<string, string[]>;
  spans: Record<string, [number, number][]>;
  family: string | null;
}

const corpus = readJsonl<CorpusDraft>(CORPUS);
const blind = blindSets() as { name: string; drafts: CorpusDraft[] }[];
const JUDGED = CATEGORIES.filter((c) => c !== 'work-time');
const SITE_LIMITS: Record<string, [number, number]> = { x: [1, 280], facebook: [40, 2_000], linkedin: [300, 2_500] };

function wellFormed(drafts: CorpusDraft[]) {
  const ids = new Set<string>();
  for (const d of drafts) {
    expect(ids.has(d.id), d.id).toBe(false);
    ids.add(d.id);
    expect(['alexandria', 'el-paso', 'vicksburg']).toContain(d.city);
    const [min, max] = SITE_LIMITS[d.site]!;
    expect(d.text.length, d.id).toBeGreaterThanOrEqual(min);
    expect(d.text.length, d.id).toBeLessThanOrEqual(max);
    for (const c of [...d.expect, ...(d.accept ?? [])]) expect(JUDGED).toContain(c);
    expect(d.expect.filter((c) => d.accept?.includes(c)), d.id).toEqual([]);
    for (const c of d.expect) {
      expect(d.spans[c]?.length, `${d.id} ${c}`).toBeGreaterThan(0);
      expect(d.clauses[c]?.length, `${d.id} ${c}`).toBeGreaterThan(0);
      for (const [s, e] of d.spans[c]!) {
        expect(0 <= s && s < e && e <= d.text.length, `${d.id} ${c}`).toBe(true);
        // Never inside a surrogate pair.
        for (const at of [s, e]) expect(/[\uDC00-\uDFFF]/.test(d.text[at] ?? ''), `${d.id} ${c}`).toBe(false);
      }
    }
    if (d.hardNegative) expect(d.expect, d.id).toEqual([]);
  }
}

describe('the realistic corpus (corpus/drafts.jsonl)', () => {
  it('is well formed', () => wellFormed(corpus));

  it('is shaped like real posts and written in many voices', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(6_000);
    const mean = corpus.reduce((n, d) => n + d.text.length, 0) / corpus.length;
    expect(mean).toBeGreaterThanOrEqual(250);
    expect(new Set(corpus.map((d) => `${d.writer}/${d.persona}`)).size).toBeGreaterThanOrEqual(40);
    expect(corpus.filter((d) => d.hardNegative).length / corpus.length).toBeGreaterThanOrEqual(0.35);
    expect(corpus.filter((d) => d.lang !== 'en').length / corpus.length).toBeGreaterThanOrEqual(0.15);
    for (const site of ['x', 'facebook', 'linkedin']) for (const city of ['alexandria', 'el-paso', 'vicksburg']) expect(corpus.some((d) => d.site === site && d.city === city), `${city} on ${site}`).toBe(true);
    for (const c of JUDGED) expect(corpus.filter((d) => d.expect.includes(c)).length, c).toBeGreaterThanOrEqual(150);
  });
});

describe('the blind sets (corpus/blind/)', () => {
  it('are sets of at least 200 drafts, well formed, with a second labeller’s labels, none of them already folded in', () => {
    // A set is scored once and then folded into the training corpus; its agreement file moves to folded/.
    const folded = readdirSync(`${BLIND_DIR}folded/`).map((f) => f.replace(/\.agreement\.json$/, ''));
    expect(folded.length).toBeGreaterThanOrEqual(12);
    for (const { name, drafts } of blind) {
      expect(folded, name).not.toContain(name);
      expect(drafts.length).toBeGreaterThanOrEqual(200);
      wellFormed(drafts);
      for (const d of drafts) expect((d as CorpusDraft & { secondLabels?: unknown }).secondLabels, d.id).toBeDefined();
    }
  });

  it('folded sets are in the training corpus, once', () => {
    const ids = new Set(corpus.map((d) => d.id));
    for (const f of readdirSync(`${BLIND_DIR}folded/`)) {
      const name = f.replace(/\.agreement\.json$/, '');
      expect(corpus.filter((d) => d.writer === name).length, name).toBeGreaterThanOrEqual(200);
    }
    expect(ids.size).toBe(corpus.length);
  });

  it('share no draft with the training corpus', () => {
    const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
    const training = new Set(corpus.map((d) => norm(d.text)));
    for (const { drafts } of blind) for (const d of drafts) expect(training.has(norm(d.text)), d.id).toBe(false);
  });
});

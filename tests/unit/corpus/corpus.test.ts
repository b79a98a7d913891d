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

/** Every way a draft breaks the corpus's shape, as readable lines (one assertion for thousands of drafts). */
function problems(drafts: CorpusDraft[]): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  for (const d of drafts) {
    const fail = (what: string) => out.push(`${d.id}: ${what}`);
    if (ids.has(d.id)) fail('id repeated');
    ids.add(d.id);
    if (!['alexandria', 'el-paso', 'vicksburg'].includes(d.city)) fail(`city ${d.city}`);
    const [min, max] = SITE_LIMITS[d.site] ?? [1, 0];
    if (d.text.length < min || d.text.length > max) fail(`${d.text.length} characters on ${d.site}`);
    for (const c of [...d.expect, ...(d.accept ?? [])]) if (!(JUDGED as string[]).includes(c)) fail(`category ${c}`);
    for (const c of d.expect.filter((c) => d.accept?.includes(c))) fail(`${c} both expected and accepted`);
    for (const c of d.expect) {
      if (!d.spans[c]?.length) fail(`${c} has no span`);
      if (!d.clauses[c]?.length) fail(`${c} has no clause`);
      for (const [s, e] of d.spans[c] ?? []) {
        if (!(0 <= s && s < e && e <= d.text.length)) fail(`${c} span [${s}, ${e}] outside the text`);
        // Never inside a surrogate pair.
        for (const at of [s, e]) if (/[\uDC00-\uDFFF]/.test(d.text[at] ?? '')) fail(`${c} span splits a surrogate pair at ${at}`);
      }
    }
    if (d.hardNegative && d.expect.length) fail('a hard negative with expected categories');
  }
  return out;
}

describe('the realistic corpus (corpus/drafts.jsonl)', () => {
  it('is well formed', () => expect(problems(corpus)).toEqual([]));

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
      expect(problems(drafts)).toEqual([]);
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
    expect(blind.flatMap(({ drafts }) => drafts.filter((d) => training.has(norm(d.text))).map((d) => d.id))).toEqual([]);
  });
});

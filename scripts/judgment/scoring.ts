/**
 * Precision, recall and F1 per category with 95% bootstrap confidence
 * intervals (drafts resampled with replacement, seeded, 1,000 times).
 * A category a draft only `accept`s is neither a hit nor a false alarm.
 */
import type { Category } from '../../rules/schema';
import { seededRandom } from '../seeded-random';

export interface LabelledDraft {
  id: string;
  city: string;
  site: string;
  text: string;
  expect: Category[];
  accept?: Category[];
  hardNegative: boolean;
  writer?: string;
  lang?: string;
  spans?: Partial<Record<Category, [number, number][]>>;
}

export type Interval = [number, number];
export interface CategoryScore {
  category: Category;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  ci: { precision: Interval; recall: Interval; f1: Interval };
}
export interface SetScore {
  drafts: number;
  scores: CategoryScore[];
  hardNegatives: number;
  hardNegativesFlagged: number;
  hardNegativeRateCI: Interval;
}

/** Tallies per draft and category: 1 = hit, 2 = false alarm, 3 = miss, 0 = nothing to count. */
function outcomes(draft: LabelledDraft, found: ReadonlySet<Category>, categories: readonly Category[]): number[] {
  const accept = new Set(draft.accept ?? []);
  return categories.map((c) => {
    const expected = draft.expect.includes(c);
    if (expected) return found.has(c) ? 1 : 3;
    if (found.has(c) && !accept.has(c)) return 2;
    return 0;
  });
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;

/** Is the draft flagged at all where it should not be (a hard negative with any finding it does not accept)? */
function falselyFlagged(draft: LabelledDraft, found: ReadonlySet<Category>): boolean {
  const accept = new Set(draft.accept ?? []);
  return [...found].some((c) => c !== 'work-time' && !accept.has(c));
}

export function scoreSet(drafts: readonly LabelledDraft[], found: (draft: LabelledDraft) => ReadonlySet<Category>, categories: readonly Category[], resamples = 1000): SetScore {
  const table = drafts.map((d) => outcomes(d, found(d), categories));
  const hn = drafts.map((d) => (d.hardNegative ? (falselyFlagged(d, found(d)) ? 1 : 0) : -1));
  const tally = (rows: number[][]) =>
    categories.map((_, k) => {
      let tp = 0, fp = 0, fn = 0;
      for (const r of rows) {
        if (r[k] === 1) tp++;
        else if (r[k] === 2) fp++;
        else if (r[k] === 3) fn++;
      }
      const precision = ratio(tp, tp + fp);
      const recall = ratio(tp, tp + fn);
      return { tp, fp, fn, precision, recall, f1: f1(precision, recall) };
    });
  const point = tally(table);
  const next = seededRandom(20261207);
  const samples = categories.map(() => ({ p: [] as number[], r: [] as number[], f: [] as number[] }));
  const hnRates: number[] = [];
  for (let s = 0; s < resamples; s++) {
    const rows: number[][] = [];
    let hnCount = 0, hnFlagged = 0;
    for (let i = 0; i < table.length; i++) {
      const j = Math.floor(next() * table.length);
      rows.push(table[j]!);
      if (hn[j]! >= 0) {
        hnCount++;
        hnFlagged += hn[j]!;
      }
    }
    tally(rows).forEach((t, k) => {
      samples[k]!.p.push(t.precision);
      samples[k]!.r.push(t.recall);
      samples[k]!.f.push(t.f1);
    });
    hnRates.push(ratio(hnFlagged, hnCount) === 1 && hnCount === 0 ? 0 : hnFlagged / Math.max(1, hnCount));
  }
  const ci = (xs: number[]): Interval => {
    const sorted = [...xs].sort((a, b) => a - b);
    return [quantile(sorted, 0.025), quantile(sorted, 0.975)];
  };
  hnRates.sort((a, b) => a - b);
  return {
    drafts: drafts.length,
    scores: categories.map((category, k) => ({
      category,
      support: point[k]!.tp + point[k]!.fn,
      ...point[k]!,
      ci: { precision: ci(samples[k]!.p), recall: ci(samples[k]!.r), f1: ci(samples[k]!.f) },
    })),
    hardNegatives: hn.filter((x) => x >= 0).length,
    hardNegativesFlagged: hn.filter((x) => x === 1).length,
    hardNegativeRateCI: [quantile(hnRates, 0.025), quantile(hnRates, 0.975)],
  };
}

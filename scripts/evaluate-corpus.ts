/**
 * Scores the checker on the labelled corpus (tests/fixtures/corpus/drafts.jsonl):
 * per-category precision, recall and F1, hard negatives flagged, every miss and false alarm.
 * A draft "has" a category when any finding of that category is reported, at any severity.
 */
import { readFileSync } from 'node:fs';
import { check } from '../rules/engine';
import { bundledPack, isBundledPackId } from '../rules/packs/index';
import { CATEGORIES, type Category } from '../rules/schema';

export interface CorpusDraft {
  id: string;
  city: string;
  site: string;
  text: string;
  expect: Category[];
  hardNegative: boolean;
}

export interface CategoryScore {
  category: Category;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  drafts: number;
  hardNegatives: number;
  hardNegativesFlagged: number;
  scores: CategoryScore[];
  misses: { id: string; category: Category; text: string }[];
  falseAlarms: { id: string; category: Category; text: string; excerpt: string }[];
}

export const CORPUS_PATH = new URL('../tests/fixtures/corpus/drafts.jsonl', import.meta.url);

export function loadCorpus(path: URL = CORPUS_PATH): CorpusDraft[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusDraft);
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(corpus: CorpusDraft[]): Evaluation {
  const counts = new Map<Category, { tp: number; fp: number; fn: number }>(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Evaluation['misses'] = [];
  const falseAlarms: Evaluation['falseAlarms'] = [];
  let hardNegativesFlagged = 0;
  for (const draft of corpus) {
    if (!isBundledPackId(draft.city)) throw new Error(`${draft.id}: unknown city pack "${draft.city}"`);
    const findings = check(draft.text, bundledPack(draft.city));
    const found = new Set(findings.map((f) => f.category));
    const expected = new Set(draft.expect);
    if (draft.hardNegative && found.size) hardNegativesFlagged++;
    for (const category of CATEGORIES) {
      const c = counts.get(category)!;
      if (found.has(category) && expected.has(category)) c.tp++;
      else if (found.has(category)) {
        c.fp++;
        const f = findings.find((x) => x.category === category)!;
        falseAlarms.push({ id: draft.id, category, text: draft.text, excerpt: draft.text.slice(f.start, f.end) });
      } else if (expected.has(category)) {
        c.fn++;
        misses.push({ id: draft.id, category, text: draft.text });
      }
    }
  }
  const scores = CATEGORIES.map((category) => {
    const { tp, fp, fn } = counts.get(category)!;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return { category, tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  });
  return {
    drafts: corpus.length,
    hardNegatives: corpus.filter((d) => d.hardNegative).length,
    hardNegativesFlagged,
    scores,
    misses,
    falseAlarms,
  };
}

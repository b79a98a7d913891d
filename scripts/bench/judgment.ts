/**
 * The sentence judge's budgets, in Node on the same runtime the extension uses
 * (onnxruntime-web, WASM, one thread): model load, time per sentence (warm),
 * a re-check after a one-word edit, a ~3,000-character paste judged whole, the
 * whole check (rules + judge) against the rules alone, and what the model adds
 * to the extension and to memory.
 */
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { check } from '../../rules/engine';
import { checkWithJudge } from '../../rules/judgment/check';
import { judgeInputs } from '../../rules/judgment/combine';
import { cachedJudge } from '../../rules/judgment/unit-cache';
import { bundledPack } from '../../rules/packs/index';
import { createOnnxJudge } from '../../utils/judgment/onnx-judge';
import { MODEL_DIR, nodeOrt, nodeWasmPaths, readJudgmentArtifact } from '../../utils/judgment/node-artifact';
import type { BenchDrafts } from './drafts';
import { type Distribution, distribution } from './stats';

export interface JudgmentResults {
  version: string;
  loadMs: number;
  /** Resident memory the loaded model added to the process. */
  loadRssMB: number;
  perSentence: Distribution;
  afterEdit: Distribution;
  paste3000: Distribution;
  /** Whole checks of ~280-character drafts: rules + judge (units not seen before) against the rules alone. */
  shortCheck: { judged: Distribution; rulesOnly: Distribution };
  /** What the model and its runtime add to the extension's files. */
  extensionMB: number;
}

const time = async (run: () => Promise<unknown>): Promise<number> => {
  const t = performance.now();
  await run();
  return performance.now() - t;
};

export async function measureJudgment(drafts: BenchDrafts): Promise<JudgmentResults> {
  const artifact = readJudgmentArtifact();
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const raw = await createOnnxJudge(await nodeOrt(), artifact, { wasmPaths: nodeWasmPaths() });
  const loadMs = performance.now() - t0;
  const loadRssMB = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
  const thresholds = artifact.meta.thresholds!;
  const pack = bundledPack('alexandria');

  // Warm: every sentence of the short drafts, one at a time (as the extension asks for new sentences).
  const sentences = drafts.bands['<= 280 chars'].slice(0, 150).flatMap((t) => judgeInputs(t).inputs);
  await raw(sentences.slice(0, 5));
  const perSentence: number[] = [];
  for (const s of sentences) perSentence.push(await time(() => raw([s])));

  // A long draft judged once, then one word added to one sentence: only that sentence (and its neighbours' context) is new.
  const afterEdit: number[] = [];
  const paste: number[] = [];
  for (const text of drafts.bands['~3,000 chars'].slice(0, 12)) {
    const judge = cachedJudge(raw);
    paste.push(await time(() => judge(judgeInputs(text).inputs)));
    const at = text.indexOf('. ', text.length / 2);
    const edited = at > 0 ? `${text.slice(0, at)} today${text.slice(at)}` : `${text} today`;
    afterEdit.push(await time(() => judge(judgeInputs(edited).inputs)));
  }

  const judged: number[] = [];
  const rulesOnly: number[] = [];
  for (const text of drafts.bands['<= 280 chars'].slice(150, 300)) {
    rulesOnly.push(await time(async () => check(text, pack)));
    judged.push(await time(() => checkWithJudge(text, pack, raw, thresholds)));
  }
  await raw.dispose();

  const size = (path: string) => statSync(path).size;
  const extensionBytes = ['model.onnx', 'tokenizer.json', 'tokenizer_config.json', 'judgment.json'].reduce((n, f) => n + size(`${MODEL_DIR}${f}`), 0) + size(`${nodeWasmPaths()}ort-wasm-simd-threaded.wasm`);
  return {
    version: artifact.meta.version,
    loadMs,
    loadRssMB,
    perSentence: distribution(perSentence),
    afterEdit: distribution(afterEdit),
    paste3000: distribution(paste),
    shortCheck: { judged: distribution(judged), rulesOnly: distribution(rulesOnly) },
    extensionMB: extensionBytes / 2 ** 20,
  };
}

/** The checker in Node: time per draft by band, throughput, and the cold first check. */
import { performance } from 'node:perf_hooks';
import type { BandName, BenchDrafts } from './drafts';
import { type Timing, timeEach } from './stats';

export interface CheckerResults {
  cold: { loadMs: number; firstCheckMs: number };
  bands: Record<'corpus (all)' | BandName, Timing>;
}

export const ROUNDS = 5;

/** Must run before anything else imports the engine or compromise, so the first check is really cold. */
export async function measureChecker(drafts: BenchDrafts): Promise<CheckerResults> {
  const loadStart = performance.now();
  const { check } = await import('../../rules/engine');
  const { bundledPack } = await import('../../rules/packs/index');
  const pack = bundledPack('alexandria');
  const firstCheck = performance.now();
  check('Long day. My supervisor is a lazy idiot and the memo is CONFIDENTIAL.', pack);
  const cold = { loadMs: firstCheck - loadStart, firstCheckMs: performance.now() - firstCheck };

  // Warm the JIT and compromise's lexicon before timing.
  for (const t of drafts.corpus.slice(0, 50)) check(t, pack);
  const run = (text: string) => check(text, pack);
  const bands = { 'corpus (all)': timeEach(drafts.corpus, ROUNDS, run) } as CheckerResults['bands'];
  for (const [name, texts] of Object.entries(drafts.bands) as [BandName, string[]][]) bands[name] = timeEach(texts, ROUNDS, run);
  return { cold, bands };
}

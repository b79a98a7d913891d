/** The checker in Node: time per draft by band, throughput, and the cold first check. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { check } from '../../rules/engine';
import { bundledPack } from '../../rules/packs/index';
import type { BandName, BenchDrafts } from './drafts';
import { type Timing, timeEach } from './stats';

export interface CheckerResults {
  cold: { loadMs: number; firstCheckMs: number };
  bands: Record<'corpus (all)' | BandName, Timing>;
}

export const ROUNDS = 5;

/** The cold start is timed in a fresh process (here the engine is already loaded with the corpus tools). */
function coldStart(): CheckerResults['cold'] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./cold.ts', import.meta.url))], { encoding: 'utf8' });
  return JSON.parse(out) as CheckerResults['cold'];
}

export function measureChecker(drafts: BenchDrafts): CheckerResults {
  const cold = coldStart();
  const pack = bundledPack('alexandria');
  // Warm the JIT and compromise's lexicon before timing.
  for (const t of drafts.corpus.slice(0, 50)) check(t, pack);
  const run = (text: string) => check(text, pack);
  const bands = { 'corpus (all)': timeEach(drafts.corpus, ROUNDS, run) } as CheckerResults['bands'];
  for (const [name, texts] of Object.entries(drafts.bands) as [BandName, string[]][]) bands[name] = timeEach(texts, ROUNDS, run);
  return { cold, bands };
}

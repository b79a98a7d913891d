/** The checker in Node: time per draft by band, throughput, and the cold first check. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { check } from '../../rules/engine';
import { forgetRecentPieces } from '../../rules/recent-memo';
import { bundledPack } from '../../rules/packs/index';
import type { BandName, BenchDrafts } from './drafts';
import { type Timing, timeEach } from './stats';

export interface CheckerResults {
  cold: { loadMs: number; firstCheckMs: number };
  /** First checks of drafts the checker has not seen (nothing remembered from earlier checks). */
  bands: Record<'corpus (all)' | BandName, Timing>;
  /** Re-checks while typing: a ~3,000-character draft checked, then one word added in its middle and checked again. */
  afterEdit: Timing;
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
  const bands = { 'corpus (all)': timeEach(drafts.corpus, ROUNDS, run, forgetRecentPieces) } as CheckerResults['bands'];
  for (const [name, texts] of Object.entries(drafts.bands) as [BandName, string[]][]) bands[name] = timeEach(texts, ROUNDS, run, forgetRecentPieces);
  const edited = new Map(drafts.bands['~3,000 chars'].map((text) => [withWordAdded(text), text]));
  const afterEdit = timeEach([...edited.keys()], ROUNDS, run, (text) => {
    forgetRecentPieces();
    check(edited.get(text)!, pack);
  });
  return { cold, bands, afterEdit };
}

/** The draft with " really" typed after the word nearest its middle, as someone revising it would. */
export function withWordAdded(text: string): string {
  const at = text.indexOf(' ', Math.floor(text.length / 2));
  return at < 0 ? `${text} really` : `${text.slice(0, at)} really${text.slice(at)}`;
}

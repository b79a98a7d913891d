/**
 * The same drafts through a peer and through the NLP floor: alex (retext's
 * prose checker, a dev dependency) and compromise's parse alone (what one full
 * parse of the draft costs, the floor for any checker built on it). Ratios are
 * peer time ÷ PostCheck time: above 1, PostCheck is faster.
 */
import { createRequire } from 'node:module';
import { text as alexText } from 'alex';
import type { BandName, BenchDrafts } from './drafts';
import type { CheckerResults } from './checker';
import { type Timing, timeEach } from './stats';

export interface PeerBand {
  alex: Timing;
  compromise: Timing;
  /** alex's time per draft ÷ PostCheck's, from throughput (drafts/s). */
  alexRatio: number;
  compromiseRatio: number;
}

export type PeerResults = Record<'corpus (all)' | BandName, PeerBand>;

const ROUNDS = 3;

/**
 * compromise's own bundled "two" build, a separate instance: the engine in this
 * process registers its name-finding plugins on the ESM source build, and
 * sharing that instance would run the pre-tagger twice per parse here.
 */
const nlp = createRequire(import.meta.url)('compromise/two') as typeof import('compromise/two').default;

export function measurePeers(drafts: BenchDrafts, checker: CheckerResults): PeerResults {
  const runAlex = (t: string) => alexText(t);
  const runNlp = (t: string) => nlp(t);
  for (const t of drafts.corpus.slice(0, 50)) {
    runAlex(t);
    runNlp(t);
  }
  const sets: ['corpus (all)' | BandName, string[]][] = [['corpus (all)', drafts.corpus], ...(Object.entries(drafts.bands) as [BandName, string[]][])];
  const out = {} as PeerResults;
  for (const [name, texts] of sets) {
    const alex = timeEach(texts, ROUNDS, runAlex);
    const compromise = timeEach(texts, ROUNDS, runNlp);
    const ours = checker.bands[name].draftsPerSecond;
    out[name] = { alex, compromise, alexRatio: ours / alex.draftsPerSecond, compromiseRatio: ours / compromise.draftsPerSecond };
  }
  return out;
}

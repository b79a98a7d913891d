/**
 * The same drafts through a peer and through the NLP floor: alex (retext's
 * prose checker, a dev dependency) and compromise's parse alone (what one full
 * parse of the draft costs, the floor for any checker built on it). Ratios are
 * peer time ÷ PostCheck time: above 1, PostCheck is faster.
 */
import { createRequire } from 'node:module';
import { text as alexText } from 'alex';
import { check } from '../../rules/engine';
import { bundledPack } from '../../rules/packs/index';
import { forgetRecentPieces } from '../../rules/recent-memo';
import type { BandName, BenchDrafts } from './drafts';
import { type Timing, timeSideBySide } from './stats';

export interface PeerBand {
  /** PostCheck on the same drafts, taking turns with the other two (so all three see the same VM). */
  postcheck: Timing;
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

export function measurePeers(drafts: BenchDrafts): PeerResults {
  const pack = bundledPack('alexandria');
  const runners = {
    postcheck: { run: (t: string) => check(t, pack), before: forgetRecentPieces },
    alex: { run: (t: string) => alexText(t) },
    compromise: { run: (t: string) => nlp(t) },
  };
  for (const t of drafts.corpus.slice(0, 50)) for (const runner of Object.values(runners)) runner.run(t);
  const sets: ['corpus (all)' | BandName, string[]][] = [['corpus (all)', drafts.corpus], ...(Object.entries(drafts.bands) as [BandName, string[]][])];
  const out = {} as PeerResults;
  for (const [name, texts] of sets) {
    const { postcheck, alex, compromise } = timeSideBySide(texts, ROUNDS, runners);
    out[name] = { postcheck, alex, compromise, alexRatio: postcheck.draftsPerSecond / alex.draftsPerSecond, compromiseRatio: postcheck.draftsPerSecond / compromise.draftsPerSecond };
  }
  return out;
}

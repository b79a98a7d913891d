/** Percentiles and timing loops shared by the benchmark's parts. */
import { performance } from 'node:perf_hooks';

export interface Distribution {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function distribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

export interface Timing extends Distribution {
  draftsPerSecond: number;
  charsPerSecond: number;
}

/**
 * Times `run` on every draft, `rounds` times over, and keeps each draft's best
 * time: what the code costs, without the pauses this shared VM's neighbours add
 * to some runs (they only ever slow a run down, and moved p95 by a third
 * between back-to-back runs of the same code). Per-draft distribution (ms) and
 * throughput from those best times. `before` runs ahead of each draft, outside
 * the timing (to forget what an earlier round remembered).
 */
export function timeEach(drafts: readonly string[], rounds: number, run: (text: string) => unknown, before?: (text: string) => void): Timing {
  return timeSideBySide(drafts, rounds, { only: { run, before } }).only!;
}

export interface Runner {
  run(text: string): unknown;
  /** Runs ahead of each draft, outside the timing. */
  before?(text: string): void;
}

/**
 * timeEach for several runners on the same drafts, taking turns round by
 * round (all drafts through one, then the next): a slow spell of the VM
 * falls on all of them rather than on whichever ran then, so their ratios
 * hold still between runs. Turns are whole rounds, not single drafts: one
 * runner's allocations between another's drafts would time cache misses.
 */
export function timeSideBySide<K extends string>(drafts: readonly string[], rounds: number, runners: Record<K, Runner>): Record<K, Timing> {
  const names = Object.keys(runners) as K[];
  const best = Object.fromEntries(names.map((name) => [name, drafts.map(() => Number.POSITIVE_INFINITY)])) as Record<K, number[]>;
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const { run, before } = runners[name];
      drafts.forEach((text, i) => {
        before?.(text);
        const t0 = performance.now();
        run(text);
        best[name][i] = Math.min(best[name][i]!, performance.now() - t0);
      });
    }
  }
  const chars = drafts.reduce((sum, text) => sum + text.length, 0);
  return Object.fromEntries(
    names.map((name) => {
      const seconds = best[name].reduce((sum, t) => sum + t, 0) / 1000;
      return [name, { ...distribution(best[name]), draftsPerSecond: drafts.length / seconds, charsPerSecond: chars / seconds }];
    }),
  ) as Record<K, Timing>;
}

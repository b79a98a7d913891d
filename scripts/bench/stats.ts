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
  const best = drafts.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < rounds; r++) {
    drafts.forEach((text, i) => {
      before?.(text);
      const t0 = performance.now();
      run(text);
      best[i] = Math.min(best[i]!, performance.now() - t0);
    });
  }
  const seconds = best.reduce((sum, t) => sum + t, 0) / 1000;
  const chars = drafts.reduce((sum, text) => sum + text.length, 0);
  return { ...distribution(best), draftsPerSecond: drafts.length / seconds, charsPerSecond: chars / seconds };
}

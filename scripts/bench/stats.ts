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
 * Times `run` on every draft, `rounds` times over: per-draft distribution (ms) and throughput.
 * `before` runs ahead of each draft, outside the timing (to forget what an earlier round remembered).
 */
export function timeEach(drafts: readonly string[], rounds: number, run: (text: string) => unknown, before?: (text: string) => void): Timing {
  const times: number[] = [];
  let chars = 0;
  for (let r = 0; r < rounds; r++) {
    for (const text of drafts) {
      before?.(text);
      const t0 = performance.now();
      run(text);
      times.push(performance.now() - t0);
      chars += text.length;
    }
  }
  const seconds = times.reduce((sum, t) => sum + t, 0) / 1000;
  return { ...distribution(times), draftsPerSecond: times.length / seconds, charsPerSecond: chars / seconds };
}

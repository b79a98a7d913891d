/** When to check next: the configured interval, or sooner with exponential backoff after failures, with jitter. */
export const DEFAULT_INTERVAL_MINUTES = 360;
const FIRST_RETRY_MINUTES = 5;

/** Minutes until the next check; `random` in [0, 1) spreads machines out (±20%). */
export function nextCheckInMinutes(failures: number, intervalMinutes: number, random: number): number {
  const base = failures <= 0 ? intervalMinutes : Math.min(intervalMinutes, FIRST_RETRY_MINUTES * 2 ** (failures - 1));
  return Math.max(1, base * (0.8 + 0.4 * random));
}

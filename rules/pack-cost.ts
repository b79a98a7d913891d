/**
 * Whether a pack is cheap enough to check with: timed on ordinary drafts
 * before `postcheck validate` or `postcheck sign` pass it and before the
 * updater installs it. A signed pack that makes every pause in typing slow
 * (a list of common words, hundreds of rules) is refused with the reason,
 * whoever signed it; the engine's own caps and budget (limits.ts) are the
 * second line, for a pack that got in some other way.
 */
import { checkDetailed } from './engine';
import { MAX_FINDINGS_PER_CHECK, MAX_HITS_PER_RULE } from './limits';
import type { Pack } from './schema';
import { STANDARD_DRAFTS } from './standard-drafts';

/**
 * Longest check of the ~3,000-character ordinary draft, best of up to seven, on the
 * machine that validates: the bundled packs take about 1 ms, and employees'
 * computers may be several times slower than IT's (the page's budget is CHECK_BUDGET_MS).
 */
export const PACK_TIME_LIMIT_MS = 15;
// Retried only while over the limit: a busy machine (a build, a test run beside it) should not refuse a pack a quiet one accepts.
const TRIES = 7;

/** Why the pack is too slow or flags too much to be used, in plain words; null when it is fine. */
export function packCostProblem(pack: Pack, clock: () => number = () => performance.now()): string | null {
  // The first check builds the pack's word lists: not what each pause in typing costs.
  checkDetailed(STANDARD_DRAFTS[0]!, pack, {}, { budgetMs: Number.POSITIVE_INFINITY });
  for (const draft of STANDARD_DRAFTS) {
    const { partial } = checkDetailed(draft, pack, {}, { budgetMs: Number.POSITIVE_INFINITY });
    if (partial)
      return `it flags an ordinary ${draft.length}-character draft all over (${describePartial(partial)}); a pack must not flag common words`;
  }
  const longest = STANDARD_DRAFTS[STANDARD_DRAFTS.length - 1]!;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < TRIES && best > PACK_TIME_LIMIT_MS; i++) {
    const began = clock();
    checkDetailed(longest, pack, {}, { budgetMs: Number.POSITIVE_INFINITY });
    best = Math.min(best, clock() - began);
  }
  if (best > PACK_TIME_LIMIT_MS)
    return `it is too slow to check with: an ordinary ${longest.length}-character draft took ${best.toFixed(0)} ms to check (the limit is ${PACK_TIME_LIMIT_MS} ms); use fewer rules or shorter lists`;
  return null;
}

/** What a partial check left out, in words. */
export function describePartial(partial: { skipped: string[]; capped: string[] }): string {
  const capped = partial.capped.length ? `${listed(partial.capped)} matched so often that ${partial.capped.length === 1 ? 'its' : 'their'} findings were cut short at ${MAX_HITS_PER_RULE}` : '';
  const skipped = partial.skipped.length ? `${MAX_FINDINGS_PER_CHECK} findings were collected before ${partial.skipped.length} more rules could run` : '';
  return [capped, skipped].filter(Boolean).join('; ');
}

function listed(ids: string[]): string {
  const shown = `rule${ids.length === 1 ? '' : 's'} ${ids.slice(0, 3).map((id) => `"${id}"`).join(', ')}`;
  return ids.length > 3 ? `${shown} and ${ids.length - 3} more` : shown;
}

/**
 * What one check may cost, whatever the pack. A validly signed pack can still
 * be a mistake (a list of common words) or come from a leaked key: these
 * bounds keep a check of any pack short enough not to freeze the page, and
 * `postcheck validate`, `postcheck sign` and the updater refuse a pack that
 * runs into them on ordinary drafts (pack-cost.ts). None is reached by the
 * bundled packs on real drafts (the pinned findings prove it).
 */

/** Hits one rule reports in one check; the rest of that rule's hits are dropped and the check is marked partial. */
export const MAX_HITS_PER_RULE = 200;

/** Findings one check collects before merging; rules not yet run are skipped and the check is marked partial. */
export const MAX_FINDINGS_PER_CHECK = 1_000;

/**
 * Time one check may spend in work its rules do on every check; when it is
 * spent the remaining rules are skipped and the result is marked partial. The
 * last line against a slow pack that got past validation (the caps above
 * already keep a pack that flags every word to a few milliseconds): set well
 * above what a real pack takes (a bundled pack re-checking 10,000 characters:
 * ~10–20 ms), so a busy computer that pauses the page for a moment does not
 * cut a real check short — a wall clock counts those pauses too.
 */
export const CHECK_BUDGET_MS = 100;

/**
 * Time one check may spend on work done once: a rule's first run (its word
 * lists built) and the first reading of each sentence (the names compromise
 * finds, remembered by sentence). It is counted apart, so the first check
 * after a page loads, or of a long paste, is not cut short — but it is
 * bounded too. (A bundled pack on a fresh 10,000-character paste: ~150 ms.)
 */
export const FIRST_TIME_BUDGET_MS = 400;

/** Phrases a pack may carry across all its rules (phrases, near and unless words), its lexicon and its changes to the word lists (the bundled packs: under 100). */
export const MAX_PACK_WORDS = 5_000;

/**
 * The time one check may spend in its rules (limits.ts). Work a rule does
 * again on every check is charged to the check's budget; work done once —
 * a rule's first run (its word lists built) and the first reading of a
 * sentence (compromise, remembered by sentence) — to a larger budget for
 * first-time work, so the first check after a page loads or a long paste is
 * not cut short. When either is spent the remaining rules are skipped and the
 * check says so.
 */
import { afinn, compromiseOne, obscenity } from './deferred-libraries.cjs';
import { CHECK_BUDGET_MS, FIRST_TIME_BUDGET_MS } from './limits';
import { pieceWork } from './recent-memo';

/** Detector parameters that have run at least once in this page or process: their one-time setup is done. */
const hasRun = new WeakSet<object>();
let librariesLoaded = false;

export class CheckBudget {
  readonly #clock: () => number;
  readonly #budgetMs: number;
  readonly #firstTimeBudgetMs: number;
  #spent = 0;
  #spentFirstTime = 0;

  /** `budgetMs` Infinity: no limit (offline checks, which must be deterministic). */
  constructor(budgetMs = CHECK_BUDGET_MS, clock: () => number = () => performance.now()) {
    this.#clock = clock;
    this.#budgetMs = budgetMs;
    this.#firstTimeBudgetMs = Math.max(budgetMs, FIRST_TIME_BUDGET_MS);
    // Loading the deferred libraries (once per page, on the first check anyway) is not the pack's cost: done before the clock starts.
    if (!librariesLoaded && Number.isFinite(budgetMs)) {
      compromiseOne();
      obscenity();
      afinn();
      librariesLoaded = true;
    }
  }

  get exhausted(): boolean {
    return this.#spent > this.#budgetMs || this.#spentFirstTime > this.#firstTimeBudgetMs;
  }

  /** Runs one rule's detector and charges its time to the right budget. */
  run<T>(detector: object, work: () => T): T {
    pieceWork.clock = this.#clock;
    const readBefore = pieceWork.spent;
    const began = this.#clock();
    try {
      return work();
    } finally {
      const reading = pieceWork.spent - readBefore;
      const took = this.#clock() - began - reading;
      this.#spentFirstTime += reading;
      if (hasRun.has(detector)) this.#spent += took;
      else {
        hasRun.add(detector);
        this.#spentFirstTime += took;
      }
    }
  }
}

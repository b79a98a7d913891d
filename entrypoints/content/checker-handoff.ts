/**
 * How the content script gets the checker. The checker (rules engine, word
 * lists, compromise, obscenity) is a content script of its own, so that a
 * page's load evaluates it in a task of its own instead of one long task
 * together with the compose-box wiring. Content scripts of one extension share
 * their isolated world (never the page's), so the checker leaves itself on
 * that world's global object and whichever script runs second completes the
 * hand-off.
 */
import type { CHECK_ENGINE } from '../../rules/check-engine';

/**
 * What the checker's script provides: the rules engine's check of a draft, of
 * what a photo's analysis saw, and the sentence judge's side (cutting a draft
 * into units, deciding rules and judge together).
 */
export type CheckEngine = typeof CHECK_ENGINE;

interface Slot {
  engine?: CheckEngine;
  waiting: ((engine: CheckEngine) => void)[];
}

const SLOT_KEY = '__postcheckCheckerSlot';

function slot(): Slot {
  const world = globalThis as typeof globalThis & { [SLOT_KEY]?: Slot };
  world[SLOT_KEY] ??= { waiting: [] };
  return world[SLOT_KEY];
}

/** Called by the checker's content script once it has loaded. */
export function provideCheckEngine(engine: CheckEngine): void {
  const shared = slot();
  shared.engine = engine;
  for (const resolve of shared.waiting.splice(0)) resolve(engine);
}

/** The checker, once its script has run; rejects after `timeoutMs` so a checker that never loads is reported, not waited on forever. */
export function whenCheckEngineLoaded(timeoutMs: number): Promise<CheckEngine> {
  const shared = slot();
  if (shared.engine) return Promise.resolve(shared.engine);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the checker did not load')), timeoutMs);
    shared.waiting.push((engine) => {
      clearTimeout(timer);
      resolve(engine);
    });
  });
}

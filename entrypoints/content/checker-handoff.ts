/**
 * How the content script gets the checker. The checker (rules engine, word
 * lists, compromise, obscenity) is a content script of its own, so that a
 * page's load evaluates it in a task of its own instead of one long task
 * together with the compose-box wiring. Content scripts of one extension share
 * their isolated world (never the page's), so the checker leaves itself on
 * that world's global object and whichever script runs second completes the
 * hand-off.
 *
 * The slot is keyed by a registered Symbol, not a property name: the page's
 * DOM shows through the global object by name in every world (an element with
 * that id, a form with an input named `engine`), but never by Symbol. And what
 * is found there is checked for the engine's shape before it is used.
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

/** Shared by the two scripts' separate copies of this module through the Symbol registry. */
export const SLOT_KEY = Symbol.for('postcheck.checker-slot');
const ENGINE_FUNCTIONS: readonly (keyof CheckEngine)[] = ['checkDetailed', 'pictureFindings', 'judgeInputs', 'applyJudgment', 'readAloneInputs', 'packFor'];

/** Whether a value is the checker (a plain object of its functions), not something else found in the slot. */
export function isCheckEngine(value: unknown): value is CheckEngine {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const record = value as Record<string, unknown>;
  return ENGINE_FUNCTIONS.every((name) => Object.hasOwn(record, name) && typeof record[name] === 'function');
}

function isSlot(value: unknown): value is Slot {
  return typeof value === 'object' && value !== null && Array.isArray((value as Partial<Slot>).waiting);
}

function slot(): Slot {
  const world = globalThis as unknown as Record<symbol, unknown>;
  const found = world[SLOT_KEY];
  if (isSlot(found)) return found;
  const fresh: Slot = { waiting: [] };
  Object.defineProperty(world, SLOT_KEY, { value: fresh, configurable: true });
  return fresh;
}

/** Called by the checker's content script once it has loaded. */
export function provideCheckEngine(engine: CheckEngine): void {
  if (!isCheckEngine(engine)) return;
  const shared = slot();
  shared.engine = engine;
  for (const resolve of shared.waiting.splice(0)) resolve(engine);
}

/** The checker, once its script has run; rejects after `timeoutMs` so a checker that never loads is reported, not waited on forever. */
export function whenCheckEngineLoaded(timeoutMs: number): Promise<CheckEngine> {
  const shared = slot();
  if (isCheckEngine(shared.engine)) return Promise.resolve(shared.engine);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the checker did not load')), timeoutMs);
    shared.waiting.push((engine) => {
      clearTimeout(timer);
      resolve(engine);
    });
  });
}

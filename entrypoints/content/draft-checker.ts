/**
 * Checks one compose box: reads its text, runs the engine (handed over by the
 * checker's content script) with this page's settings. The text stays in the
 * extension's isolated world on this page; nothing is stored.
 */
import type { Account } from '../../rules/account-context';
import type { CheckContext } from '../../rules/engine';
import type { Finding } from '../../rules/finding';
import type { Pack } from '../../rules/schema';
import type { JudgeInput, JudgedUnit } from '../../rules/judgment/combine';
import type { PageConfig } from '../../utils/page-config';
import type { CheckEngine } from './checker-handoff';
import { readEditorText } from './dom/editor-text';
import type { JudgmentClient } from './judgment-client';

/**
 * Longest stretch checked on one pause in typing (about 45 ms on this project's
 * 2-core benchmark machine); longer drafts are checked up to a sentence end
 * near it and the user is told.
 */
export const MAX_CHECKED_CHARS = 10_000;

export interface DraftCheck {
  text: string;
  findings: Finding[];
  /** Set when the draft was too long to check whole: where checking stopped. */
  checkedUpTo?: number;
  /** Set when the check ran out of its time budget and skipped or cut short some rules (the user is told). */
  partial?: boolean;
  /** The sentence judge is still reading some sentences: the findings will be updated. */
  judging?: boolean;
  /** Why the sentence judge is not answering: the rules decided alone. */
  limited?: string;
  /** The units the judge was asked about (so the Post click can stop waiting for them). */
  judgeInputs?: JudgeInput[];
  /** Set when the draft is being composed as one of the City's official accounts: it was checked under their policy. */
  official?: boolean;
}

export type DraftChecker = (editor: HTMLElement) => DraftCheck;

/** The facts about this moment and machine that checking takes into account (work hours, city computer, IT's lexicon). */
export function checkContextFor(config: Omit<PageConfig, 'pack'>): CheckContext {
  return { now: new Date(), cityComputer: config.cityComputer, workHours: config.workHours, lexicon: config.lexicon };
}

/**
 * The same text in the same minute checks the same (work hours are the only
 * thing that moves with the clock): the Post click right after the pause in
 * typing reuses the check the pause made instead of running it again.
 */
const SAME_CHECK_MS = 60_000;

export function createDraftChecker(
  engine: CheckEngine,
  pack: Pack,
  config: Omit<PageConfig, 'pack'>,
  readText: (editor: HTMLElement) => string = (editor) => readEditorText(editor).text,
  judgment: JudgmentClient | null = null,
  accountOf: (editor: HTMLElement) => Account = () => 'personal',
): DraftChecker {
  let last: { text: string; minute: number; generation: number; account: Account; result: DraftCheck } | undefined;
  return (editor) => {
    if (config.fault === 'engine') throw new Error('checking failed (fault injected by a test)');
    const text = readText(editor);
    // Whom the composer posts as, read each time: the employee may switch accounts with the draft open.
    const account = accountOf(editor);
    const context: CheckContext = { ...checkContextFor(config), account };
    const minute = Math.floor((context.now?.getTime() ?? 0) / SAME_CHECK_MS);
    const generation = judgment?.generation ?? 0;
    if (last && last.text === text && last.minute === minute && last.generation === generation && last.account === account) return last.result;
    // The rules for this account, for the rules and the judge alike (the judge adds no note in a category with no rule there).
    const packForAccount = engine.packFor(pack, account);
    const checked = engine.checkDetailed(text, packForAccount, context, { maxChars: MAX_CHECKED_CHARS });
    if (checked.errors.length) console.warn('PostCheck: some rules could not run on this draft', checked.errors.map((e) => e.ruleId));
    const result: DraftCheck = {
      text,
      findings: checked.findings,
      ...(checked.checkedUpTo === undefined ? {} : { checkedUpTo: checked.checkedUpTo }),
      ...(checked.partial ? { partial: true } : {}),
      ...(account === 'official' ? { official: true } : {}),
    };
    if (judgment) addJudgment(result, checked.checkedUpTo === undefined ? text : text.slice(0, checked.checkedUpTo), judgment, engine, packForAccount);
    last = { text, minute, generation: judgment?.generation ?? 0, account, result };
    return result;
  };
}

/**
 * Adds the sentence judge's view to the rules' check: its answers so far decide
 * together with the rules (units it has not answered keep the rules' findings
 * alone), and the result says whether more answers are coming.
 */
function addJudgment(result: DraftCheck, checkedText: string, judgment: JudgmentClient, engine: CheckEngine, pack: Pack): void {
  const { units, inputs } = engine.judgeInputs(checkedText);
  const known = judgment.lookup(inputs);
  if (known.thresholds && known.probs.some((p) => p !== null)) {
    const judged: JudgedUnit[] = units.map((unit, i) => ({ ...unit, probs: known.probs[i] ?? null }));
    // Runs of neighbouring flagged sentences are read once more without their neighbours, so the note is drawn on
    // the sentences that carry it. Not waited for at Post: until it answers, the note covers the whole run.
    const alone = engine.readAloneInputs(checkedText, result.findings, judged, known.thresholds, pack);
    if (alone.inputs.length) {
      const aloneKnown = judgment.lookup(alone.inputs);
      alone.indices.forEach((unit, n) => (judged[unit]!.alone = aloneKnown.probs[n] ?? null));
    }
    result.findings = engine.applyJudgment(checkedText, result.findings, judged, known.thresholds, pack);
  }
  if (known.pending) result.judging = true;
  if (known.limited) result.limited = known.limited;
  result.judgeInputs = inputs;
}

/** Why checking failed, in words for the chip's panel (never the draft). */
export function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 200) || 'an internal error';
}

const WARM_UP_DRAFT = 'Warming up: I work for the city and Dave Miller, my supervisor, said we at the department will post it.';

/**
 * An idle period at least this long, for one warm-up step: while someone types, Chrome's idle periods are
 * what is left of each 16 ms frame, and a step run there (the first builds obscenity's matcher, ~11 ms) held
 * up the next keystroke (profiled while typing). A page with nothing to draw gets periods of up to 50 ms.
 */
export const WARM_UP_IDLE_MS = 20;
const WARM_UP_RETRY_MS = 250;

/** What requestIdleCallback hands its callback: how long the page expects to stay idle. */
export type IdleTask = (deadline: { timeRemaining(): number }) => void;

/**
 * Throwaway checks while the page is idle, one rule per long enough idle
 * period, so that the first real check does not build every rule's word lists
 * (and run compromise for the first time) in one long task that holds up the
 * page. Never between keystrokes: a step waits for an idle period of
 * WARM_UP_IDLE_MS; if typing never pauses, the first check (in a pause) does the work.
 */
export function warmUp(engine: CheckEngine, pack: Pack, context: CheckContext, whenIdle: (task: IdleTask) => void): void {
  const rules = [...pack.rules];
  const next: IdleTask = (deadline) => {
    if (!rules.length) return;
    // Too short an idle period means frames are being drawn (typing, scrolling): look again a little later, not every frame.
    if (deadline.timeRemaining() < WARM_UP_IDLE_MS) return void setTimeout(() => whenIdle(next), WARM_UP_RETRY_MS);
    engine.checkDetailed(WARM_UP_DRAFT, { ...pack, rules: [rules.shift()!] }, context);
    whenIdle(next);
  };
  whenIdle(next);
}

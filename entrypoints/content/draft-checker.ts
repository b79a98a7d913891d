/**
 * Checks one compose box: reads its text, runs the engine with this page's
 * settings. The text stays in this content script's memory; nothing is stored.
 */
import { checkDetailed, type CheckContext } from '../../rules/engine';
import type { Finding } from '../../rules/finding';
import type { Pack } from '../../rules/schema';
import type { PageConfig } from '../../utils/messages';
import { readEditorText } from './dom/editor-text';

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
}

export type DraftChecker = (editor: HTMLElement) => DraftCheck;

/** The facts about this moment and machine that checking takes into account (work hours, city computer, IT's lexicon). */
export function checkContextFor(config: Omit<PageConfig, 'pack'>): CheckContext {
  return { now: new Date(), cityComputer: config.cityComputer, workHours: config.workHours, lexicon: config.lexicon };
}

export function createDraftChecker(pack: Pack, config: Omit<PageConfig, 'pack'>): DraftChecker {
  const context = () => checkContextFor(config);
  return (editor) => {
    if (config.fault === 'engine') throw new Error('checking failed (fault injected by a test)');
    const { text } = readEditorText(editor);
    const result = checkDetailed(text, pack, context(), { maxChars: MAX_CHECKED_CHARS });
    if (result.errors.length) console.warn('PostCheck: some rules could not run on this draft', result.errors.map((e) => e.ruleId));
    return { text, findings: result.findings, ...(result.checkedUpTo === undefined ? {} : { checkedUpTo: result.checkedUpTo }) };
  };
}

/** Why checking failed, in words for the chip's panel (never the draft). */
export function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 200) || 'an internal error';
}

/** A throwaway check while the page is idle, so the first real check (compromise's lexicon, pack indexes) is not the slow one. */
export function warmUp(pack: Pack): void {
  checkDetailed('Warming up: I work for the city and my supervisor said we at the department will post it.', pack, {});
}

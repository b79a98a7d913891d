/**
 * A pack's changes to the checker's word lists (`vocabulary`), checked against
 * the bundled lists (rules/vocabulary/): each names a list that exists, adds
 * phrases written as the lists write them and not already there, removes only
 * phrases the list has, and never removes from a list that protects speech —
 * those are a floor every pack keeps, bundled or from IT's address. The
 * checker applies the changes in rules/vocabulary/resolve.ts.
 */
import './zod-config';
import { z } from 'zod';
import { HIDDEN_CHARACTER, HIDDEN_CHARACTER_MESSAGE } from './hidden-characters';
import { bundledVocabulary } from './vocabulary/index';
import { phraseFormProblem } from './vocabulary/phrase-form';
import type { WordList } from './vocabulary/schema';

/** Phrases one pack may add to one list, and remove from it; all count in the pack's word budget (MAX_PACK_WORDS). */
export const MAX_LIST_CHANGE = 500;

const Phrases = z.array(z.string()).max(MAX_LIST_CHANGE).optional();

export const ListChange = z.strictObject({ add: Phrases, remove: Phrases });

export const PackVocabulary = z.record(z.string(), ListChange).superRefine((vocabulary, ctx) => {
  let lists: ReadonlyMap<string, WordList>;
  try {
    lists = bundledVocabulary();
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  const ids = Object.keys(vocabulary);
  if (ids.length > lists.size) {
    ctx.addIssue({ code: 'custom', message: `changes ${ids.length} word lists; there are only ${lists.size} (rules/vocabulary/)` });
    return;
  }
  for (const id of ids) {
    const list = lists.get(id);
    if (!list) {
      ctx.addIssue({ code: 'custom', path: [id], message: `there is no word list "${id}" (the lists are the files of rules/vocabulary/, named by id)` });
      continue;
    }
    checkChange(list, vocabulary[id]!, ctx);
  }
});
export type PackVocabulary = z.infer<typeof PackVocabulary>;

function checkChange(list: WordList, change: z.infer<typeof ListChange>, ctx: z.RefinementCtx): void {
  const phrases = new Set(list.phrases);
  const exceptions = new Set(list.exceptions);
  const { add = [], remove = [] } = change;
  if (list.protectsSpeech && remove.length)
    ctx.addIssue({
      code: 'custom',
      path: [list.id, 'remove'],
      message: `${list.id} protects speech, so a pack may add to it but never remove from it: talk about pay, hours, staffing or safety, union activity, discrimination complaints and criticism of policy are not flagged in any city`,
    });
  const added = new Set<string>();
  add.forEach((phrase, i) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', path: [list.id, 'add', i], message: `"${phrase}" ${message}` });
    const form = phraseFormProblem(phrase) ?? (HIDDEN_CHARACTER.test(phrase) ? HIDDEN_CHARACTER_MESSAGE : undefined);
    if (form) issue(form);
    else if (added.has(phrase)) issue('is listed twice');
    else if (phrases.has(phrase)) issue(`is already in ${list.id}`);
    else if (exceptions.has(phrase)) issue(`is one of the exceptions of ${list.id}, which clear its matches`);
    added.add(phrase);
  });
  if (list.protectsSpeech) return;
  const removed = new Set<string>();
  remove.forEach((phrase, i) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', path: [list.id, 'remove', i], message: `"${phrase}" ${message}` });
    if (removed.has(phrase)) issue('is listed twice');
    else if (!phrases.has(phrase)) issue(`is not in ${list.id}, so it cannot be removed`);
    removed.add(phrase);
  });
}

/** Phrases a pack's vocabulary adds and removes, for the pack's word budget. */
export function vocabularyWordCount(vocabulary: PackVocabulary | undefined): number {
  let count = 0;
  for (const change of Object.values(vocabulary ?? {})) count += (change.add?.length ?? 0) + (change.remove?.length ?? 0);
  return count;
}

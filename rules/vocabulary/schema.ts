/**
 * The word-list contract: every list in rules/vocabulary/<id>.json is parsed
 * with `WordList` (rules/vocabulary/index.ts), as packs are with rules/schema.ts.
 * A list names what it is for and where its phrases come from; its phrases are
 * written the way the matcher reads them, and none is listed twice or is also
 * one of the list's own exceptions.
 */
import '../zod-config';
import { z } from 'zod';
import { plainText } from '../plain-text';
import { phraseFormProblem } from './phrase-form';

const Phrases = z.array(z.string()).min(1).max(2_000);

/**
 * Issues for every misspelt phrase and every phrase after its first occurrence.
 * Checked in one pass over the list rather than as zod refinements per phrase:
 * the lists hold thousands, and the background validates them when it wakes.
 */
function checkPhrases(phrases: readonly string[], field: 'phrases' | 'exceptions', ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  phrases.forEach((phrase, i) => {
    const problem = phraseFormProblem(phrase);
    if (problem) ctx.addIssue({ code: 'custom', path: [field, i], message: `"${phrase}" ${problem}` });
    if (seen.has(phrase)) ctx.addIssue({ code: 'custom', path: [field, i], message: `"${phrase}" is listed twice` });
    seen.add(phrase);
  });
}

export const WordList = z
  .strictObject({
    /** The file's name without .json: how code, docs and packs refer to the list. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by dashes, like the file name'),
    /** What the detectors use the list for, in a sentence or two. */
    purpose: plainText(600),
    /** Where the phrases come from (who wrote them, which library or document). */
    source: plainText(600),
    phrases: Phrases,
    /** Phrases that look like the list's but are not what it looks for ("trash pickup" for "trash"). */
    exceptions: Phrases.optional(),
    /**
     * The list keeps protected speech from being flagged (collective talk about pay, hours, staffing or
     * safety, discrimination complaints, criticism of policy): a floor, which a pack may add to but never
     * remove from (rules/pack-vocabulary.ts).
     */
    protectsSpeech: z.literal(true).optional(),
  })
  .superRefine((list, ctx) => {
    checkPhrases(list.phrases, 'phrases', ctx);
    if (!list.exceptions) return;
    checkPhrases(list.exceptions, 'exceptions', ctx);
    const exceptions = new Set(list.exceptions);
    list.phrases.forEach((phrase, i) => {
      if (exceptions.has(phrase))
        ctx.addIssue({ code: 'custom', path: ['phrases', i], message: `"${phrase}" is both a phrase and an exception of ${list.id}` });
    });
  });
export type WordList = z.infer<typeof WordList>;

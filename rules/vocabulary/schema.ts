/**
 * The word-list contract: every list in rules/vocabulary/<id>.json is parsed
 * with `WordList` (rules/vocabulary/index.ts), as packs are with rules/schema.ts.
 * A list names what it is for and where its phrases come from; its phrases are
 * written the way the matcher reads them, and none is listed twice or is also
 * one of the list's own exceptions.
 */
import { z } from 'zod';
import { plainText } from '../schema';

const Phrases = z.array(z.string()).min(1).max(2_000);

/**
 * What is wrong with how a phrase is written, if anything. Phrases are written
 * the way the matcher reads them (lower case, trimmed, one plain space between
 * words), so two spellings of one phrase look alike to the duplicate check.
 * Checked in one pass over the list rather than as zod refinements per phrase:
 * the lists hold thousands, and the background validates them when it wakes.
 */
function misspelt(phrase: string): string | undefined {
  if (!phrase || phrase.length > 100) return 'must have 1 to 100 characters';
  if (phrase !== phrase.trim()) return 'must not start or end with a space';
  if (phrase !== phrase.toLowerCase()) return 'must be lower case (matching ignores case)';
  if (/[^\S ]| {2}/.test(phrase)) return 'words are separated by one plain space';
  if (/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(phrase)) return 'must not contain control or text-direction characters';
  return undefined;
}

/** Issues for every misspelt phrase and every phrase after its first occurrence. */
function checkPhrases(phrases: readonly string[], field: 'phrases' | 'exceptions', ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  phrases.forEach((phrase, i) => {
    const problem = misspelt(phrase);
    if (problem) ctx.addIssue({ code: 'custom', path: [field, i], message: `"${phrase}" ${problem}` });
    if (seen.has(phrase)) ctx.addIssue({ code: 'custom', path: [field, i], message: `"${phrase}" is listed twice` });
    seen.add(phrase);
  });
}

export const WordList = z
  .strictObject({
    /** The file's name without .json: how code, docs and (later) packs refer to the list. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by dashes, like the file name'),
    /** What the detectors use the list for, in a sentence or two. */
    purpose: plainText(600),
    /** Where the phrases come from (who wrote them, which library or document). */
    source: plainText(600),
    phrases: Phrases,
    /** Phrases that look like the list's but are not what it looks for ("trash pickup" for "trash"). */
    exceptions: Phrases.optional(),
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

/**
 * How a word-list phrase is written: the way the matcher reads it (lower case,
 * trimmed, one plain space between words), so two spellings of one phrase look
 * alike to the duplicate checks. The same for the list files (schema.ts) and
 * for a pack's additions (rules/pack-vocabulary.ts).
 */

/** What is wrong with how a phrase is written, if anything. */
export function phraseFormProblem(phrase: string): string | undefined {
  if (!phrase || phrase.length > 100) return 'must have 1 to 100 characters';
  if (phrase !== phrase.trim()) return 'must not start or end with a space';
  if (phrase !== phrase.toLowerCase()) return 'must be lower case (matching ignores case)';
  if (/[^\S ]| {2}/.test(phrase)) return 'words are separated by one plain space';
  if (/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(phrase)) return 'must not contain control or text-direction characters';
  return undefined;
}

/**
 * The fields of a pack's city lexicon. Kept free of zod so the content script
 * can name them without loading the full pack schema (`schema.ts` declares
 * its `Lexicon` schema as satisfying this list, so the two cannot drift apart).
 */
export const LEXICON_FIELDS = ['cityNames', 'emailDomains', 'departments', 'jobTitles', 'officials', 'officialAccounts', 'hashtags', 'facilities'] as const;
export type LexiconField = (typeof LEXICON_FIELDS)[number];

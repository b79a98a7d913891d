/** The languages PostCheck speaks: its own words (components/strings.ts) and, where a pack translates them, the pack's. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages a pack may translate its summaries, messages and suggestions into (its own text is English). */
export type TranslatedLanguage = Exclude<Language, 'en'>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The employee's (or IT's) choice: a language, or the browser's ("auto"). */
export const LANGUAGE_CHOICES = ['auto', ...LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/**
 * The language to use: the employee's (or IT's) choice, or for "auto" the
 * browser's interface language ("es-MX" → es), English otherwise.
 */
export function resolveLanguage(choice: LanguageChoice | undefined, browserLanguage: string): Language {
  if (choice && choice !== 'auto') return choice;
  const primary = browserLanguage.toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : 'en';
}

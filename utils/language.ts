/**
 * The language an extension page shows, asked of the background before the
 * page's first render (the employee's or IT's choice is in the settings it
 * keeps); the browser's own language when the background does not answer.
 */
import { type Language, resolveLanguage } from '../rules/language';
import { browser } from './browser';
import { browserLocale } from './browser-locale';
import { LanguageAnswer } from './messages';

export interface PageLanguage {
  language: Language;
  /** The browser's interface locale ("es-MX"), for dates and numbers when it is of the same language. */
  browserLocale: string;
}

export async function loadLanguage(): Promise<PageLanguage> {
  const locale = browserLocale();
  try {
    const answer = LanguageAnswer.safeParse(await browser.runtime.sendMessage({ type: 'get-language' }));
    if (answer.success) return { language: answer.data.language, browserLocale: locale };
  } catch {
    // An answer that never comes must not leave the page blank: the browser's language then.
  }
  return { language: resolveLanguage('auto', locale), browserLocale: locale };
}

/** The browser's interface locale, without zod or messages: the sites' content script reads it too. */
import { browser } from './browser';

/** "es-MX", "en-US"; empty (so English) where the API is missing or fails: the language must never stop a page. */
export function browserLocale(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return '';
  }
}

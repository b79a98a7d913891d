/** The settings in force: the employee's own (storage.local) with IT's managed configuration over them. */
import { type Language, resolveLanguage } from '../../rules/language';
import type { Lexicon } from '../../rules/schema';
import { browser } from '../../utils/browser';
import { browserLocale } from '../../utils/browser-locale';
import { effectiveSettings, type ManagedConfig, managedLexicon } from '../../utils/managed';
import { readSettings, SETTINGS_KEY, Settings } from '../../utils/settings';
import { loadManaged } from './managed';

export interface EffectiveSettings {
  settings: Settings;
  /** Settings IT fixed: shown locked in the UI. */
  locked: string[];
  /** The template pack's city, from managed configuration. */
  lexicon?: Partial<Lexicon>;
  requireAcknowledgement: boolean;
  managed: ManagedConfig;
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const managed = await loadManaged();
  const { settings, locked } = effectiveSettings(readSettings(stored[SETTINGS_KEY]), managed);
  return { settings, locked, lexicon: managedLexicon(managed), requireAcknowledgement: managed.requireAcknowledgement === true, managed };
}

/** The language PostCheck speaks: the employee's (or IT's) choice, or the browser's interface language. */
export function languageOf(settings: Settings): Language {
  return resolveLanguage(settings.language, browserLocale());
}

/** Validates and saves; on invalid input nothing is written and the reasons come back in words. */
export async function saveSettings(raw: unknown): Promise<{ ok: true } | { ok: false; errors: string[] }> {
  const parsed = Settings.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`) };
  await browser.storage.local.set({ [SETTINGS_KEY]: parsed.data });
  return { ok: true };
}

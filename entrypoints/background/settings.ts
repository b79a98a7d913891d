/** The employee's settings as stored on this device (managed configuration will layer over them). */
import { browser } from '../../utils/browser';
import { readSettings, SETTINGS_KEY, Settings } from '../../utils/settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

/** Validates and saves; on invalid input nothing is written and the reasons come back in words. */
export async function saveSettings(raw: unknown): Promise<{ ok: true } | { ok: false; errors: string[] }> {
  const parsed = Settings.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`) };
  await browser.storage.local.set({ [SETTINGS_KEY]: parsed.data });
  return { ok: true };
}

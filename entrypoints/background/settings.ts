/** The employee's settings as stored on this device (managed configuration will layer over them). */
import { browser } from '../../utils/browser';
import { readSettings, SETTINGS_KEY, type Settings } from '../../utils/settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

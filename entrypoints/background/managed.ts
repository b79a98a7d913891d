/**
 * Reads IT's managed configuration. Chromium answers `{}` when no policy is set;
 * Firefox throws when there is no managed manifest. Both mean "not managed".
 */
import { browser } from '../../utils/browser';
import { type ManagedConfig, parseManaged } from '../../utils/managed';

export async function loadManaged(): Promise<ManagedConfig> {
  let raw: unknown = {};
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return {};
  }
  const { config, problems } = parseManaged(raw);
  if (problems.length) console.warn('PostCheck: some managed settings were ignored:', problems);
  return config;
}

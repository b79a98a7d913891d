/** The rule pack the extension checks with: the bundled pack the settings name, or the default one. */
import { BUNDLED_PACK_IDS, bundledPack, DEFAULT_PACK_ID, isBundledPackId } from '../../rules/packs/index';
import type { Pack } from '../../rules/schema';
import type { Settings } from '../../utils/settings';

export interface PackInfo {
  pack: Pack;
  /** Where it came from: shown in the popup and settings. */
  source: 'bundled';
}

/** `cityName` (IT's managed configuration) names the city of the template pack, which leaves it blank. */
export function activePack(settings: Pick<Settings, 'packId'> = {}, cityName?: string): PackInfo {
  const id = settings.packId && isBundledPackId(settings.packId) ? settings.packId : DEFAULT_PACK_ID;
  const pack = bundledPack(id);
  return { pack: id === 'template' && cityName ? { ...pack, city: cityName } : pack, source: 'bundled' };
}

/** The packs an employee can pick from in settings. */
export function bundledPackChoices(): { id: string; city: string }[] {
  return BUNDLED_PACK_IDS.map((id) => ({ id, city: bundledPack(id).city }));
}

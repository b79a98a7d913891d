/**
 * The rule pack the extension checks with: the last good pack from IT's
 * address when updates are configured for this city, otherwise the bundled
 * pack the settings name (the floor when nothing else is there). Never another
 * city's policy: a city with no bundled pack (IT's `packId` or `cityName`) is
 * checked with the template pack under IT's city name until its own pack is
 * verified, and with nothing configured the template stands in until the
 * employee picks their city (the popup asks).
 */
import { BUNDLED_PACK_IDS, bundledPack, isBundledPackId } from '../../rules/packs/index';
import type { Pack } from '../../rules/schema';
import type { ManagedConfig } from '../../utils/managed';
import type { Settings } from '../../utils/settings';
import type { PostCheckDb } from './db';
import type { UpdateSource } from './updater/fetch-pack';
import { loadStoredPack } from './updater/updater';

export interface PackInfo {
  pack: Pack;
  /** Where it came from: shown in the popup and settings. */
  source: 'bundled' | 'remote';
  url?: string;
  /** The city whose own pack has not arrived (or been verified) yet, as IT names it: the template pack stands in, and the popup says so. */
  awaiting?: string;
  /** Nothing names the city (no pack from IT, no city name, no choice yet): the template stands in and the popup asks which city. */
  firstRun?: boolean;
}

/** The city's own bundled pack, or the template: no setting leads to another city's pack. */
function bundledFor(settings: Pick<Settings, 'packId'>): Pack {
  return bundledPack(settings.packId && isBundledPackId(settings.packId) ? settings.packId : 'template');
}

/** The update source IT configured, or null when updates are not set up. */
export function updateSource(settings: Pick<Settings, 'packId'>, managed: ManagedConfig): UpdateSource | null {
  if (!managed.packUrl || !managed.packPublicKey) return null;
  return { url: managed.packUrl, publicKey: managed.packPublicKey, packId: settings.packId ?? bundledFor(settings).id };
}

/** `cityName` (IT's managed configuration) names the city of the template pack, which leaves it blank. */
export async function activePack(settings: Pick<Settings, 'packId'>, managed: ManagedConfig, db: PostCheckDb | null): Promise<PackInfo> {
  const bundled = bundledFor(settings);
  const source = updateSource(settings, managed);
  const stored = source && db ? await loadStoredPack(db, source).catch(() => null) : null;
  const info: PackInfo =
    stored && (stored.pack.id !== bundled.id || stored.pack.version > bundled.version) ? { pack: stored.pack, source: 'remote', url: source?.url } : { pack: bundled, source: 'bundled', ...(source ? { url: source.url } : {}) };
  const cityName = managed.cityName;
  const ownPackMissing = settings.packId ? !isBundledPackId(settings.packId) : cityName !== undefined;
  if (info.source === 'bundled' && ownPackMissing) info.awaiting = cityName ?? settings.packId;
  if (!settings.packId && !cityName) info.firstRun = true;
  return info.pack.id === 'template' && cityName ? { ...info, pack: { ...info.pack, city: cityName } } : info;
}

/** A download must be newer than the bundled pack of the same city. */
export function floorVersion(settings: Pick<Settings, 'packId'>, source: UpdateSource): number {
  const bundled = bundledFor(settings);
  return bundled.id === source.packId ? bundled.version : 0;
}

/** The packs an employee can pick from in settings. */
export function bundledPackChoices(): { id: string; city: string }[] {
  return BUNDLED_PACK_IDS.map((id) => ({ id, city: bundledPack(id).city }));
}

/** Where updates come from for the current settings, and the version a download must beat; null when updates are not configured. */
export function activePackFloor(settings: Pick<Settings, 'packId'>, managed: ManagedConfig): { source: UpdateSource; floor: number } | null {
  const source = updateSource(settings, managed);
  return source ? { source, floor: floorVersion(settings, source) } : null;
}

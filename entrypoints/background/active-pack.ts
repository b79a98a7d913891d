/** The rule pack the extension checks with. For now: the bundled default pack. */
import { bundledPack, DEFAULT_PACK_ID } from '../../rules/packs/index';
import type { Pack } from '../../rules/schema';

export function activePack(): Pack {
  return bundledPack(DEFAULT_PACK_ID);
}

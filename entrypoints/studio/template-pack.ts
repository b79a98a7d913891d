/** The municipal template pack, assembled as `postcheck export template` prints it: where a new city starts. */
import { assemblePack } from '../../rules/packs/assemble';
import sharedRules from '../../rules/packs/shared-rules.json';
import templatePack from '../../rules/packs/template/pack.json';
import templateRules from '../../rules/packs/template/rules.json';
import type { Json } from './pack-edit';

export function templateDocument(): Json {
  // A round trip through JSON makes it plain data, as a file opened from disk is.
  return JSON.parse(JSON.stringify(assemblePack({ pack: templatePack, rules: templateRules }, sharedRules))) as Json;
}

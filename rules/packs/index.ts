/**
 * The packs bundled with the extension, assembled from their parts (see
 * assemble.ts) and validated with the same schema as remote packs; the word
 * lists their detectors read are validated with them.
 */
import { type Pack, parsePack } from '../schema';
import { bundledVocabulary } from '../vocabulary/index';
import alexandriaPack from './alexandria/pack.json';
import alexandriaRules from './alexandria/rules.json';
import { assemblePack, type PackParts } from './assemble';
import elPasoPack from './el-paso/pack.json';
import elPasoRules from './el-paso/rules.json';
import elPasoTranslations from './el-paso/translations.json';
import sharedRules from './shared-rules.json';
import templatePack from './template/pack.json';
import templateRules from './template/rules.json';
import vicksburgPack from './vicksburg/pack.json';
import vicksburgRules from './vicksburg/rules.json';

const PARTS = {
  alexandria: { pack: alexandriaPack, rules: alexandriaRules },
  'el-paso': { pack: elPasoPack, rules: elPasoRules, translations: elPasoTranslations },
  vicksburg: { pack: vicksburgPack, rules: vicksburgRules },
  template: { pack: templatePack, rules: templateRules },
} satisfies Record<string, PackParts>;

export type BundledPackId = keyof typeof PARTS;
export const BUNDLED_PACK_IDS = Object.keys(PARTS) as BundledPackId[];

const cache = new Map<string, Pack>();

export function isBundledPackId(id: string): id is BundledPackId {
  return Object.hasOwn(PARTS, id);
}

/** The assembled (unvalidated) pack document, as IT would publish it. */
export function bundledPackSource(id: BundledPackId): Record<string, unknown> {
  return assemblePack(PARTS[id], sharedRules);
}

/** The bundled pack with this id, validated; throws only if a bundled pack or word list is broken (a build error). */
export function bundledPack(id: BundledPackId): Pack {
  const hit = cache.get(id);
  if (hit) return hit;
  bundledVocabulary();
  const result = parsePack(bundledPackSource(id));
  if (!result.ok) throw new Error(`Bundled pack "${id}" is invalid:\n${result.errors.join('\n')}`);
  cache.set(id, result.pack);
  return result.pack;
}

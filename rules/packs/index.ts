/**
 * The packs bundled with the extension. Each lives in packs/<id>/ as
 * pack.json (policy text, lexicon) + rules.json (the rules), assembled here
 * into one document and validated with the same schema as remote packs.
 */
import { type Pack, parsePack } from '../schema';
import alexandriaPack from './alexandria/pack.json';
import alexandriaRules from './alexandria/rules.json';

const SOURCES = {
  alexandria: { ...alexandriaPack, rules: alexandriaRules },
} as const;

export type BundledPackId = keyof typeof SOURCES;
export const BUNDLED_PACK_IDS = Object.keys(SOURCES) as BundledPackId[];
export const DEFAULT_PACK_ID: BundledPackId = 'alexandria';

const cache = new Map<string, Pack>();

export function isBundledPackId(id: string): id is BundledPackId {
  return Object.hasOwn(SOURCES, id);
}

/** The bundled pack with this id, validated; throws only if a bundled pack is broken (a build error). */
export function bundledPack(id: BundledPackId): Pack {
  const hit = cache.get(id);
  if (hit) return hit;
  const result = parsePack(SOURCES[id]);
  if (!result.ok) throw new Error(`Bundled pack "${id}" is invalid:\n${result.errors.join('\n')}`);
  cache.set(id, result.pack);
  return result.pack;
}

/** The raw (unvalidated) source of a bundled pack, for tooling that wants the JSON itself. */
export function bundledPackSource(id: BundledPackId): unknown {
  return SOURCES[id];
}

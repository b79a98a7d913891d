/**
 * Bundled packs are written as parts: pack.json (policy text, lexicon),
 * rules.json ({ include, rules }), optionally translations.json, and the shared rule library
 * (shared-rules.json, rules without clause references). `assemblePack` joins
 * them into one pack document — the same shape remote and imported packs have —
 * which is then validated with the schema like any other.
 */

export interface PackParts {
  pack: Record<string, unknown>;
  rules: {
    /** Shared rules this city uses, with the clauses they enforce here and optional overrides. */
    include: Record<string, { clauses: unknown[]; severity?: string; detector?: unknown }>;
    /** Rules only this city has. */
    rules: unknown[];
    /** Checks on attached photos (faces, seal, words in the picture, location). */
    imageRules?: unknown[];
  };
  /** translations.json: the pack's summaries, messages and suggestions in other languages (rules/pack-translations.ts). */
  translations?: Record<string, unknown>;
}

type SharedRule = { id: string } & Record<string, unknown>;

export function assemblePack(parts: PackParts, shared: readonly SharedRule[]): Record<string, unknown> {
  const byId = new Map(shared.map((rule) => [rule.id, rule]));
  const included = Object.entries(parts.rules.include).map(([id, use]) => {
    const base = byId.get(id);
    if (!base) throw new Error(`Pack "${String(parts.pack.id)}" includes unknown shared rule "${id}"`);
    return { ...base, ...use };
  });
  return {
    ...parts.pack,
    rules: [...included, ...parts.rules.rules],
    imageRules: parts.rules.imageRules ?? [],
    ...(parts.translations ? { translations: parts.translations } : {}),
  };
}

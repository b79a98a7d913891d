/**
 * The background's answer to get-page-config: the active pack and this user's
 * settings, for the content script. Checked with zod's tree-shakable "mini"
 * build, because the content script loads on every page of the sites.
 *
 * The pack itself was validated in full (rules/schema.ts) before the
 * background made it active; here its outline is confirmed, so an answer from
 * a mismatched version of the extension is refused rather than half-used.
 */
import * as z from 'zod/mini';
import { LANGUAGES } from '../rules/language';
import { LEXICON_FIELDS } from '../rules/lexicon-fields';
import type { Pack } from '../rules/schema';

export const PageConfig = z.strictObject({
  pack: z.unknown(),
  strictMode: z.boolean(),
  /** Who turned strict mode on, so the dialog can say so: IT by policy, or the employee in Settings. */
  strictModeSetBy: z.optional(z.enum(['it', 'you'])),
  cityComputer: z.boolean(),
  workHours: z.optional(z.strictObject({ days: z.array(z.number()), start: z.string(), end: z.string() })),
  /** The template pack's city names, domains, departments and officials from IT's configuration. */
  lexicon: z.optional(z.partialRecord(z.enum(LEXICON_FIELDS), z.array(z.string()))),
  /** The City's official accounts per site, from IT's configuration (utils/official-accounts.ts). */
  officialAccounts: z.optional(z.strictObject({ x: z.optional(z.array(z.string())), facebook: z.optional(z.array(z.string())), linkedin: z.optional(z.array(z.string())) })),
  /** The language to show notes in (the employee's or IT's choice, or the browser's), resolved by the background. */
  language: z.optional(z.enum(LANGUAGES)),
  /** Failure injection for end-to-end tests; set only from the extension's own service worker (storage.session). */
  fault: z.optional(z.enum(['engine', 'judgment'])),
});
export type PageConfig = z.infer<typeof PageConfig>;

const PackOutline = z.looseObject({
  id: z.string(),
  policies: z.array(z.looseObject({ id: z.string(), clauses: z.array(z.looseObject({ section: z.string(), text: z.string() })) })),
  lexicon: z.looseObject(Object.fromEntries(LEXICON_FIELDS.map((field) => [field, z.array(z.string())]))),
  rules: z.array(z.looseObject({ id: z.string(), category: z.string(), severity: z.string(), detector: z.looseObject({ kind: z.string() }) })),
  imageRules: z.array(z.looseObject({ id: z.string(), detector: z.looseObject({ kind: z.string() }) })),
});

/** The pack in a page-config answer, if it has a pack's outline (the background validated the rest). */
export function packOf(config: PageConfig): Pack | null {
  return PackOutline.safeParse(config.pack).success ? (config.pack as Pack) : null;
}

/**
 * A pack's translations (`translations`): its clause summaries, rule messages,
 * suggestions and contact line in another language, keyed by clause
 * ("<policy id>#<section>") and rule id. Optional and partial: whatever is not
 * translated is shown in English. The clause text itself is never translated
 * here — the policy's own words stay the authority, shown beside every
 * translated summary. The checker applies them in localize-pack.ts.
 */
import './zod-config';
import { z } from 'zod';
import { FINDING_KINDS } from './finding-kinds';
import { plainText } from './plain-text';

/** Entries one language may carry, each list; a pack has at most 10 × 500 clauses and 550 rules, and an entry must name one. */
export const MAX_TRANSLATED_CLAUSES = 5_000;
export const MAX_TRANSLATED_RULES = 550;

const bounded = <T extends z.ZodType>(value: T, max: number, what: string) =>
  z.record(z.string().max(300), value).refine((entries) => Object.keys(entries).length <= max, `at most ${max} ${what} may be translated`);

/** Same bounds as the English it stands for (Clause.summary, Rule.message, Rule.suggestion, Pack.contact). */
export const ClauseTranslation = z.strictObject({ summary: plainText(400) });
const Wording = { message: plainText(500), suggestion: plainText(500).optional() };
/** A rule's message and suggestion, and its wording per kind of finding (Rule.kinds). */
export const RuleTranslation = z.strictObject({ ...Wording, kinds: z.partialRecord(z.enum(FINDING_KINDS), z.strictObject(Wording)).optional() });

export const PackTranslation = z.strictObject({
  contact: plainText(300).optional(),
  clauses: bounded(ClauseTranslation, MAX_TRANSLATED_CLAUSES, 'clause summaries').optional(),
  rules: bounded(RuleTranslation, MAX_TRANSLATED_RULES, 'rules').optional(),
});
export type PackTranslation = z.infer<typeof PackTranslation>;

/** One entry per language PostCheck speaks besides English (rules/language.ts). */
export const PackTranslations = z.strictObject({ es: PackTranslation.optional() });
export type PackTranslations = z.infer<typeof PackTranslations>;

interface TranslatedRule {
  id: string;
  suggestion?: string | undefined;
  kinds?: Partial<Record<string, { suggestion?: string | undefined }>> | undefined;
}

interface TranslatedPack {
  policies: readonly { id: string; clauses: readonly { section: string }[] }[];
  rules: readonly TranslatedRule[];
  imageRules: readonly TranslatedRule[];
  translations?: PackTranslations | undefined;
}

export interface TranslationIssue {
  path: (string | number)[];
  message: string;
}

/** What in the translations names nothing in the pack (a clause or rule it does not have, a suggestion its rule lacks), with the entry's path. */
export function translationIssues(pack: TranslatedPack): TranslationIssue[] {
  const issues: TranslationIssue[] = [];
  const clauses = new Set(pack.policies.flatMap((p) => p.clauses.map((c) => `${p.id}#${c.section}`)));
  const rules = new Map([...pack.rules, ...pack.imageRules].map((r) => [r.id, r]));
  for (const [language, translation] of Object.entries(pack.translations ?? {})) {
    if (!translation) continue;
    const at = (...path: (string | number)[]) => ['translations', language, ...path];
    for (const key of Object.keys(translation.clauses ?? {}))
      if (!clauses.has(key))
        issues.push({
          path: at('clauses', key),
          message: `the pack has no clause "${key}": name a clause as "<policy id>#<section>", e.g. "${[...clauses][0] ?? 'employee#4.5'}"`,
        });
    for (const [id, entry] of Object.entries(translation.rules ?? {})) {
      const rule = rules.get(id);
      if (!rule) issues.push({ path: at('rules', id), message: `the pack has no rule "${id}" (rules and photo rules are named by their id)` });
      else if (entry.suggestion !== undefined && rule.suggestion === undefined)
        issues.push({ path: at('rules', id, 'suggestion'), message: `rule "${id}" has no suggestion to translate` });
      if (rule)
        for (const [kind, wording] of Object.entries(entry.kinds ?? {})) {
          const own = rule.kinds?.[kind];
          if (!own) issues.push({ path: at('rules', id, 'kinds', kind), message: `rule "${id}" has no wording for "${kind}" to translate` });
          else if (wording?.suggestion !== undefined && own.suggestion === undefined)
            issues.push({ path: at('rules', id, 'kinds', kind, 'suggestion'), message: `rule "${id}" has no suggestion for "${kind}" to translate` });
        }
    }
  }
  return issues;
}

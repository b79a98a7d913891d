/**
 * A pack in the employee's language: its rules' messages and suggestions, its
 * clause summaries and its contact line replaced by the pack's translations
 * (pack-translations.ts) where it has them, English where it does not. The
 * clause text is never replaced: it is the policy's own words.
 *
 * The localised pack is a copy, made once per pack and language; the checker
 * reads which of its texts are translations (to label them "unofficial") and
 * its language (for the checker's own words) from `packLanguage` and
 * `translationMarks`. The marks travel on the copy itself, under a registered
 * Symbol: on the sites the checker is a content script of its own, with its
 * own copy of this module, handed packs the wiring script localised (a module
 * WeakMap would not be shared; the registry is, within the isolated world).
 * Pure TypeScript without zod: it runs on the sites' pages.
 */
import type { Language, TranslatedLanguage } from './language';
import type { Pack } from './schema';

export interface TranslationMarks {
  language: TranslatedLanguage;
  /** Clauses ("<policy>#<section>") whose summary is a translation. */
  clauses: ReadonlySet<string>;
  /** Rules (text and photo) whose message is a translation. */
  rules: ReadonlySet<string>;
}

const MARKS = Symbol.for('postcheck.translation-marks');
type Marked = Pack & { readonly [MARKS]?: TranslationMarks };

const copies = new WeakMap<Pack, Map<TranslatedLanguage, Pack>>();

/** The pack as shown in `language`: the same object for English, otherwise one copy per pack and language. */
export function localizePack(pack: Pack, language: Language): Pack {
  if (language === 'en' || translationMarks(pack)) return pack;
  let byLanguage = copies.get(pack);
  if (!byLanguage) copies.set(pack, (byLanguage = new Map()));
  let copy = byLanguage.get(language);
  if (!copy) byLanguage.set(language, (copy = translate(pack, language)));
  return copy;
}

function translate(pack: Pack, language: TranslatedLanguage): Pack {
  const translation = pack.translations?.[language];
  const clauseTexts = translation?.clauses ?? {};
  const ruleTexts = translation?.rules ?? {};
  const clauses = new Set<string>();
  const rules = new Set<string>();
  const rule = <R extends Pack['rules'][number] | Pack['imageRules'][number]>(r: R): R => {
    const entry = Object.hasOwn(ruleTexts, r.id) ? ruleTexts[r.id] : undefined;
    if (!entry) return r;
    rules.add(r.id);
    const translated = { ...r, message: entry.message, ...(entry.suggestion !== undefined && r.suggestion !== undefined ? { suggestion: entry.suggestion } : {}) };
    if (!('kinds' in r) || !r.kinds) return translated;
    // A kind's wording without its translation gives way to the rule's translated one: a note is in one language.
    const kinds: NonNullable<Pack['rules'][number]['kinds']> = {};
    for (const [kind, own] of Object.entries(r.kinds) as [keyof typeof kinds, { message: string; suggestion?: string | undefined }][]) {
      const wording = entry.kinds?.[kind];
      if (wording) kinds[kind] = { message: wording.message, ...(wording.suggestion !== undefined && own.suggestion !== undefined ? { suggestion: wording.suggestion } : {}) };
    }
    return { ...translated, kinds };
  };
  const marks: TranslationMarks = { language, clauses, rules };
  const copy: Marked = {
    ...pack,
    ...(translation?.contact ? { contact: translation.contact } : {}),
    policies: pack.policies.map((policy) => ({
      ...policy,
      clauses: policy.clauses.map((clause) => {
        const key = `${policy.id}#${clause.section}`;
        const entry = Object.hasOwn(clauseTexts, key) ? clauseTexts[key] : undefined;
        if (!entry) return clause;
        clauses.add(key);
        return { ...clause, summary: entry.summary };
      }),
    })),
    rules: pack.rules.map(rule),
    imageRules: pack.imageRules.map(rule),
    [MARKS]: marks,
  };
  return copy;
}

/** Which of a localised pack's texts are translations; undefined for a pack in English. */
export function translationMarks(pack: Pack): TranslationMarks | undefined {
  return (pack as Marked)[MARKS];
}

/** The language a pack is shown in (English unless it came from `localizePack`). */
export function packLanguage(pack: Pack): Language {
  return translationMarks(pack)?.language ?? 'en';
}

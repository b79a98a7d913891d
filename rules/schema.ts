/**
 * The rule-pack contract. Bundled, remote (IT-signed) and imported packs are
 * all parsed with `parsePack`, so there is exactly one definition of "valid".
 */
import './zod-config';
import { z } from 'zod';
import { ACCOUNTS } from './account-context';
import { ContactDetails } from './contact-details';
import { DetectorParams } from './detectors/params';
import { FINDING_KINDS } from './finding-kinds';
import type { LexiconField } from './lexicon-fields';
import { ImageDetectorParams } from './images/params';
import { SENSITIVITY_STEPS } from './judgment/sensitivity';
import { MAX_PACK_WORDS } from './limits';
import { PackTranslations, translationIssues } from './pack-translations';
import { PackVocabulary, vocabularyWordCount } from './pack-vocabulary';
import { plainText } from './plain-text';
import { packPlace } from './pack-places';
import { readableIssues } from './readable-issues';

export const CATEGORIES = [
  'official-capacity',
  'confidential',
  'harassment',
  'grievance',
  'coworker-privacy',
  'unlawful-conduct',
  'personal-safety',
  'work-time',
] as const;
export const SEVERITIES = ['block', 'warn', 'info'] as const;

export const Category = z.enum(CATEGORIES);
export const Severity = z.enum(SEVERITIES);
export type Category = z.infer<typeof Category>;
export type Severity = z.infer<typeof Severity>;

export { plainText };

/** Short free text (ids, names). Bounded so a hostile pack cannot balloon memory. */
const shortText = plainText(200);
const longText = plainText(20_000);
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, 'use lower-case letters, digits, dots and dashes (max 64)');
const wordList = z.array(shortText).max(500);

export const Clause = z.strictObject({
  /** Section number as the policy writes it: "4.4", "III.A.5.c.1", "Procedure 8". */
  section: shortText,
  /** The clause's own words, quoted exactly from the policy document. */
  text: longText,
  /** One plain-language line for the summary and the popup. */
  summary: plainText(400),
  /**
   * In a policy that governs the City's own accounts: this clause binds every
   * employee's personal posts too (Alexandria's official policy §5.5, "any social
   * media under any circumstances"), so personal-post rules may cite it.
   */
  bindsEveryone: z.boolean().optional(),
  /**
   * In a policy that governs the City's own accounts: the clause that makes what is posted a public
   * record (Alexandria's official §6.2); the pre-post dialog cites it when the employee posts as the City.
   */
  publicRecord: z.boolean().optional(),
});

export const PolicyDocument = z.strictObject({
  id,
  title: shortText,
  /** Where the text comes from (file name or URL), shown on the policy page. */
  source: plainText(500),
  /** Whose posts the policy governs: employees' personal posts (the default) or the City's official accounts. */
  governs: z.enum(['personal-posts', 'official-accounts']).optional(),
  clauses: z.array(Clause).min(1).max(500),
});

export const ClauseRef = z.strictObject({ policy: id, section: shortText });
export type ClauseRef = z.infer<typeof ClauseRef>;

export const Lexicon = z.strictObject({
  /** The city's name and the ways people write it ("City of Alexandria", "COA"). */
  cityNames: wordList.default([]),
  emailDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'an e-mail domain like city.gov')).max(50).default([]),
  departments: wordList.default([]),
  jobTitles: wordList.default([]),
  officials: wordList.default([]),
  officialAccounts: wordList.default([]),
  hashtags: wordList.default([]),
  facilities: wordList.default([]),
} satisfies Record<LexiconField, z.ZodType>);
export type Lexicon = z.infer<typeof Lexicon>;

export const Examples = z.strictObject({
  /** Drafts this rule must flag. */
  match: z.array(z.string().min(1).max(5_000)).min(1).max(100),
  /** Drafts this rule must leave alone. */
  noMatch: z.array(z.string().min(1).max(5_000)).max(100).default([]),
  /** Check context for the examples (a city computer; lexicon entries IT would configure). */
  context: z
    .strictObject({
      cityComputer: z.boolean().optional(),
      lexicon: Lexicon.partial().optional(),
      /** Whose post (account-context.ts): a rule that governs only the City's accounts is tried on official posts. */
      account: z.enum(ACCOUNTS).optional(),
    })
    .optional(),
});

export const Rule = z.strictObject({
  id,
  category: Category,
  severity: Severity,
  detector: DetectorParams,
  clauses: z.array(ClauseRef).min(1).max(10),
  message: plainText(500),
  suggestion: plainText(500).optional(),
  /**
   * Wording for the kinds of finding its detector tells apart (finding-kinds.ts): a joke at a supervisor
   * ("dig") is not answered like a complaint; a phone number is told to leave out the number. The rule's
   * own message and suggestion stand for every other kind, and for a suggestion a kind leaves out.
   */
  kinds: z.partialRecord(z.enum(FINDING_KINDS), z.strictObject({ message: plainText(500), suggestion: plainText(500).optional() })).optional(),
  examples: Examples,
  /**
   * Findings stand whatever the sentence judge reads (rules/judgment/combine.ts). Validators for structured
   * data are firm anyway; set this for an exact list a city wants flagged every time (a project's code name).
   */
  firm: z.boolean().optional(),
});
export type Rule = z.infer<typeof Rule>;

/** A check on attached photos: the same fields as a text rule, with an image detector and no text examples. */
export const ImageRule = Rule.omit({ detector: true, examples: true, kinds: true }).extend({ detector: ImageDetectorParams });
export type ImageRule = z.infer<typeof ImageRule>;

/**
 * How readily the sentence judge flags each category for this city (rules/judgment/combine.ts), in steps
 * from the shipped model's thresholds: +1 flags more (both thresholds 0.05 lower), -1 fewer. Relative, so a
 * retrained model keeps the city's intent; IT tunes a category without a new build.
 */
export const JudgmentSettings = z.strictObject({
  sensitivity: z.partialRecord(Category.exclude(['work-time']), z.number().int().min(-SENSITIVITY_STEPS).max(SENSITIVITY_STEPS)),
});
export type JudgmentSettings = z.infer<typeof JudgmentSettings>;

export const NotCheckable = z.strictObject({
  clause: ClauseRef,
  reason: plainText(500),
});

export const Pack = z
  .strictObject({
    id,
    city: shortText,
    /** Monotonic integer; the updater refuses anything not newer than what it has. */
    version: z.number().int().min(1).max(2 ** 31),
    /** Version of the policy text itself: acknowledgements are asked again when it changes. */
    policyVersion: shortText,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-11-21'),
    /** Optional: after this day the popup says the pack is out of date (it keeps checking with it) — a pack frozen by a network attacker shows. */
    expires: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2027-11-21').optional(),
    /** "Who to ask" line for the pre-post dialog. */
    contact: plainText(300),
    /** How to reach that contact (e-mail, phone, web page), each optional: links in the dialog; reports about wrong notes go to the e-mail. */
    contactDetails: ContactDetails.optional(),
    policies: z.array(PolicyDocument).min(1).max(10),
    lexicon: Lexicon,
    rules: z.array(Rule).min(1).max(500),
    imageRules: z.array(ImageRule).max(50).default([]),
    notCheckable: z.array(NotCheckable).max(100).default([]),
    judgment: JudgmentSettings.optional(),
    /** Phrases added to or removed from the checker's word lists for this city (pack-vocabulary.ts). */
    vocabulary: PackVocabulary.optional(),
    /** Summaries, messages, suggestions and the contact line in another language (pack-translations.ts); the clause text stays as quoted. */
    translations: PackTranslations.optional(),
  })
  .superRefine((pack, ctx) => {
    if (pack.expires !== undefined && pack.expires <= pack.date)
      ctx.addIssue({ code: 'custom', path: ['expires'], message: `must be later than the pack's date (${pack.date})` });
    const words = packWordCount(pack);
    if (words > MAX_PACK_WORDS)
      ctx.addIssue({
        code: 'custom',
        path: ['rules'],
        message: `the pack lists ${words} phrases and lexicon entries in all; the limit is ${MAX_PACK_WORDS} (long lists, of common words above all, make every check slow)`,
      });
    const policyIds = new Set<string>();
    pack.policies.forEach((policy, i) => {
      if (policyIds.has(policy.id)) ctx.addIssue({ code: 'custom', path: ['policies', i, 'id'], message: `duplicate policy id "${policy.id}"` });
      policyIds.add(policy.id);
      const seenSections = new Set<string>();
      policy.clauses.forEach((clause, j) => {
        if (clause.publicRecord && policy.governs !== 'official-accounts')
          ctx.addIssue({ code: 'custom', path: ['policies', i, 'clauses', j, 'publicRecord'], message: 'only a clause of an "official-accounts" policy can be its public-record clause' });
        if (seenSections.has(clause.section))
          ctx.addIssue({ code: 'custom', path: ['policies', i, 'clauses', j, 'section'], message: `duplicate section "${clause.section}" in ${policy.id}` });
        seenSections.add(clause.section);
      });
    });
    const sections = new Set(pack.policies.flatMap((p) => p.clauses.map((c) => `${p.id}#${c.section}`)));
    const seen = new Set<string>();
    const checkRule = (rule: { id: string; category: Category; severity: Severity; clauses: ClauseRef[] }, list: 'rules' | 'imageRules', i: number) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: 'duplicate rule id: another rule has this id' });
      seen.add(rule.id);
      // Complaints about work are often protected speech (talk about pay, hours, safety, discrimination): a note, never a stop.
      if (rule.category === 'grievance' && rule.severity === 'block')
        ctx.addIssue({
          code: 'custom',
          path: [list, i, 'severity'],
          message: 'grievance rules may warn at most (never block): talk about work is often protected speech',
        });
      rule.clauses.forEach((ref) => {
        if (!sections.has(`${ref.policy}#${ref.section}`))
          ctx.addIssue({
            code: 'custom',
            path: [list, i, 'clauses'],
            message: `cites ${ref.policy} section "${ref.section}", which the pack does not contain`,
          });
      });
    };
    pack.rules.forEach((rule, i) => {
      checkRule(rule, 'rules', i);
      // Tested both ways (pack-examples.ts runs them); a work-time note comes from the clock and the computer, not the words: no draft to leave alone.
      if (!rule.examples.noMatch.length && rule.detector.kind !== 'work-time')
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'examples', 'noMatch'], message: 'give at least one draft the rule must leave alone (a near miss), so it is tested both ways' });
    });
    pack.imageRules.forEach((rule, i) => checkRule(rule, 'imageRules', i));
    pack.notCheckable.forEach((entry, i) => {
      if (!sections.has(`${entry.clause.policy}#${entry.clause.section}`))
        ctx.addIssue({ code: 'custom', path: ['notCheckable', i, 'clause'], message: `cites ${entry.clause.policy} section "${entry.clause.section}", which the pack does not contain` });
    });
    for (const issue of translationIssues(pack)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type Pack = z.infer<typeof Pack>;

/** Every phrase the pack's rules look for or near, every lexicon entry, every word its photo rules read and every phrase it adds to or removes from a word list. */
function packWordCount(pack: { lexicon: Lexicon; rules: Rule[]; imageRules: ImageRule[]; vocabulary?: PackVocabulary }): number {
  let count = Object.values(pack.lexicon).reduce((sum, list) => sum + list.length, 0) + vocabularyWordCount(pack.vocabulary);
  for (const { detector } of pack.rules)
    if (detector.kind === 'phrases') count += detector.phrases.length + (detector.near?.words.length ?? 0) + detector.unless.length;
  for (const { detector } of pack.imageRules) if (detector.kind === 'picture-words') count += detector.words.length;
  return count;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

export { readableIssues };

/** Parses untrusted data into a pack, or explains in plain words why it is not one (naming rules by id: `rule "x": severity: …`). */
export function parsePack(data: unknown): PackResult {
  const result = Pack.safeParse(data);
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, errors: readableIssues(result.error.issues, '(pack)', (path) => packPlace(path, data)) };
}

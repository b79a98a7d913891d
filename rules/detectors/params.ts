/**
 * The closed set of detector kinds a pack may use and each kind's parameters,
 * as zod schemas. Kept apart from the detectors so that code which only runs
 * them (the content script) imports their types and not zod.
 */
import { z } from 'zod';
import { HIDDEN_CHARACTER, HIDDEN_CHARACTER_MESSAGE } from '../hidden-characters';

const ABUSE_FORMS = ['insult', 'threat', 'bias', 'sexual'] as const;
const SENSITIVE_TYPES = ['ssn', 'payment-card', 'bank-account', 'date-of-birth', 'id-number', 'secret', 'api-key'] as const;
const OFFICIAL_SIGNALS = ['speaking-for', 'announcement', 'role-statement', 'city-email', 'signature', 'imagery'] as const;
const phrase = z.string().trim().min(1).max(120).refine((s) => !HIDDEN_CHARACTER.test(s), HIDDEN_CHARACTER_MESSAGE);

// abuse.ts
export const AbuseParams = z.strictObject({
  kind: z.literal('abuse'),
  forms: z.array(z.enum(ABUSE_FORMS)).min(1),
});
export type AbuseParams = z.infer<typeof AbuseParams>;

// contact-details.ts
export const ContactDetailsParams = z.strictObject({
  kind: z.literal('contact-details'),
  whose: z.enum(['self', 'coworker', 'other']),
  /** Which details count; children's schools only make sense for "self". */
  details: z.array(z.enum(['phone', 'email', 'street-address', 'child-school'])).min(1),
});
export type ContactDetailsParams = z.infer<typeof ContactDetailsParams>;

// coworkers-at-work.ts
export const CoworkersAtWorkParams = z.strictObject({ kind: z.literal('coworkers-at-work') });
export type CoworkersAtWorkParams = z.infer<typeof CoworkersAtWorkParams>;

// grievance.ts
export const GrievanceParams = z.strictObject({
  kind: z.literal('grievance'),
  /** Also flag rumours about coworkers and officials (Alexandria 4.9). */
  rumours: z.boolean().default(true),
});
export type GrievanceParams = z.infer<typeof GrievanceParams>;

// internal-info.ts
export const InternalInfoParams = z.strictObject({
  kind: z.literal('internal-info'),
  what: z.array(z.enum(['plans', 'investigations'])).min(1),
});
export type InternalInfoParams = z.infer<typeof InternalInfoParams>;

// official-capacity.ts
export const OfficialCapacityParams = z.strictObject({
  kind: z.literal('official-capacity'),
  signals: z.array(z.enum(OFFICIAL_SIGNALS)).min(1),
  /** Template §3 Personal Use c: job title + official city name is official capacity, disclaimer or not. */
  titleWithCityIsOfficial: z.boolean().default(false),
  /** Whether "views are my own" lowers the finding one step. */
  disclaimerSoftens: z.boolean().default(true),
});
export type OfficialCapacityParams = z.infer<typeof OfficialCapacityParams>;

// official-post.ts
export const OfficialPostParams = z.strictObject({
  kind: z.literal('official-post'),
  /** reminder: a note on every draft (a clause no draft can be checked against); city-link: a note when the draft links nowhere on the City's website. */
  check: z.enum(['reminder', 'city-link']),
  /** city-link: the City's web domains ("cityofalexandriala.com"); the lexicon's e-mail domains when absent. */
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'a domain like city.gov')).min(1).max(20).optional(),
});
export type OfficialPostParams = z.infer<typeof OfficialPostParams>;

// phrases.ts
export const PhrasesParams = z.strictObject({
  kind: z.literal('phrases'),
  phrases: z.array(phrase).min(1).max(500),
  /** When present, a hit counts only if one of these words is within `window` characters. */
  near: z
    .strictObject({ words: z.array(phrase).min(1).max(200), window: z.number().int().min(1).max(1000).default(60) })
    .optional(),
  /** A hit is dropped when one of these words is within 40 characters (e.g. "sample", "fake"). */
  unless: z.array(phrase).max(200).default([]),
});
export type PhrasesParams = z.infer<typeof PhrasesParams>;

// private-facts.ts
export const PrivateFactsParams = z.strictObject({
  kind: z.literal('private-facts'),
  facts: z.array(z.enum(['medical', 'personnel', 'relationship'])).min(1),
  /** Only when the person is a coworker (or the post is about work). */
  requireWorkplace: z.boolean().default(false),
});
export type PrivateFactsParams = z.infer<typeof PrivateFactsParams>;

// profanity.ts
export const ProfanityParams = z.strictObject({
  kind: z.literal('profanity'),
  /** Only slurs (for packs that leave general swearing alone). */
  slursOnly: z.boolean().default(false),
});
export type ProfanityParams = z.infer<typeof ProfanityParams>;

// sensitive-data.ts
export const SensitiveDataParams = z.strictObject({
  kind: z.literal('sensitive-data'),
  types: z.array(z.enum(SENSITIVE_TYPES)).min(1),
});
export type SensitiveDataParams = z.infer<typeof SensitiveDataParams>;

// unlawful-conduct.ts
export const UnlawfulConductParams = z.strictObject({ kind: z.literal('unlawful-conduct') });
export type UnlawfulConductParams = z.infer<typeof UnlawfulConductParams>;

// work-time.ts
export const WorkTimeParams = z.strictObject({
  kind: z.literal('work-time'),
  when: z.array(z.enum(['work-hours', 'city-computer'])).min(1),
});
export type WorkTimeParams = z.infer<typeof WorkTimeParams>;

export const DetectorParams = z.discriminatedUnion('kind', [
  PhrasesParams,
  SensitiveDataParams,
  ContactDetailsParams,
  PrivateFactsParams,
  InternalInfoParams,
  ProfanityParams,
  AbuseParams,
  GrievanceParams,
  OfficialCapacityParams,
  OfficialPostParams,
  CoworkersAtWorkParams,
  UnlawfulConductParams,
  WorkTimeParams,
]);
export type DetectorParams = z.infer<typeof DetectorParams>;

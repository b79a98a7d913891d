/**
 * Messages between the content script, the popup and the background, as zod
 * schemas: the background validates everything it receives, because a content
 * script runs next to hostile pages.
 */
import { z } from 'zod';
import { REMOVABLE_KINDS } from '../rules/finding-kinds';
import { LANGUAGES } from '../rules/language';
import { CATEGORIES, SEVERITIES } from '../rules/schema';
import { AnalyzePicture } from './picture-messages';
import { JudgeUnits } from './judgment/messages';

export { AnalysisAnswer, AnalyzePicture, OffscreenAnalysis } from './picture-messages';
export { PageConfig } from './page-config';
export { JudgeAnswer, JudgeUnits, OffscreenJudge } from './judgment/messages';

const CitedClauseSchema = z.strictObject({
  policy: z.string().max(100),
  section: z.string().max(200),
  text: z.string().max(20_000),
  summary: z.string().max(400).optional(),
  translated: z.boolean().optional(),
});

export const FindingSchema = z.strictObject({
  category: z.enum(CATEGORIES),
  ruleId: z.string().max(100),
  severity: z.enum(SEVERITIES),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  message: z.string().max(1_000),
  clauses: z.array(CitedClauseSchema).max(10),
  suggestion: z.string().max(1_000).optional(),
  translated: z.boolean().optional(),
  attachment: z.strictObject({ index: z.number().int().min(1).max(100) }).optional(),
  fix: z
    .discriminatedUnion('action', [
      z.strictObject({ action: z.literal('remove'), what: z.enum(REMOVABLE_KINDS), offset: z.number().int().min(0), words: z.string().max(1_000) }),
      z.strictObject({ action: z.literal('append'), what: z.literal('disclaimer'), text: z.string().max(200) }),
    ])
    .optional(),
});

/** Content script → background: the findings of the compose box the user last edited in this tab. */
export const ReportFindings = z.strictObject({
  type: z.literal('report-findings'),
  site: z.string().max(40),
  findings: z.array(FindingSchema).max(1_000),
});

/** Content script, pages → background: which pack to check with. */
export const GetActivePack = z.strictObject({ type: z.literal('get-active-pack') });

/** Content script → background: the pack plus the settings that shape checking on this page. */
export const GetPageConfig = z.strictObject({ type: z.literal('get-page-config') });

/** Content script → background: open the policy page at a clause (pages cannot open extension URLs themselves). */
export const OpenPolicy = z.strictObject({
  type: z.literal('open-policy'),
  policy: z.string().max(100).optional(),
  section: z.string().max(200).optional(),
});

/** Pages → background: the active pack with where it came from, the choices, and the settings. */
export const GetStatus = z.strictObject({ type: z.literal('get-status') });

/** Acknowledgement page → background: the employee has read the policy. */
export const Acknowledge = z.strictObject({ type: z.literal('acknowledge'), name: z.string().trim().min(1).max(120) });

/** Popup, settings → background: check IT's pack address now. */
export const CheckForPackUpdate = z.strictObject({ type: z.literal('check-for-pack-update') });

/** Settings page → background: save the employee's settings. */
export const SaveSettings = z.strictObject({ type: z.literal('save-settings'), settings: z.unknown() });

/** Extension pages → background: the language to show (asked before a page's first render). */
export const GetLanguage = z.strictObject({ type: z.literal('get-language') });
export const LanguageAnswer = z.strictObject({ language: z.enum(LANGUAGES) });

/** Popup → background: the findings reported for a tab. */
export const GetTabFindings = z.strictObject({ type: z.literal('get-tab-findings'), tabId: z.number().int() });

export const Message = z.discriminatedUnion('type', [ReportFindings, GetActivePack, GetPageConfig, GetLanguage, OpenPolicy, GetTabFindings, GetStatus, Acknowledge, SaveSettings, CheckForPackUpdate, AnalyzePicture, JudgeUnits]);
export type Message = z.infer<typeof Message>;
export type ReportFindings = z.infer<typeof ReportFindings>;

/** What the background keeps for a tab (in storage.session: memory only, never written to disk). */
export const TabFindings = z.strictObject({
  site: z.string(),
  findings: z.array(FindingSchema),
  updatedAt: z.number(),
});
export type TabFindings = z.infer<typeof TabFindings>;

/**
 * A site tab's content script → the popup: the notes set aside on that page ("Not a problem here"), from the
 * page's memory (utils/dismissal-messages.ts; never kept by the background or stored).
 */
export const DismissalList = z.strictObject({
  dismissals: z
    .array(
      z.strictObject({
        id: z.string().max(40),
        ruleId: z.string().max(100),
        category: z.enum(CATEGORIES),
        words: z.string().max(10_000),
        message: z.string().max(1_000),
      }),
    )
    .max(1_000),
});
export type DismissalList = z.infer<typeof DismissalList>;

export const AckStatus = z.strictObject({
  packId: z.string(),
  city: z.string(),
  policyVersion: z.string(),
  /** IT requires the acknowledgement (managed configuration). */
  required: z.boolean(),
  acknowledged: z.strictObject({ name: z.string(), acknowledgedAt: z.string() }).nullable(),
});
export type AckStatus = z.infer<typeof AckStatus>;

/** What the updater last did (absent when IT has not configured a pack address). */
export const UpdateView = z.strictObject({
  url: z.string(),
  lastCheck: z.string().optional(),
  lastSuccess: z.string().optional(),
  lastError: z.string().optional(),
  nextCheck: z.string().optional(),
});
export type UpdateView = z.infer<typeof UpdateView>;

/** The answer to get-status: everything the popup, settings and acknowledgement pages show. */
export const Status = z.strictObject({
  pack: z.unknown(),
  source: z.enum(['bundled', 'remote']),
  /** The city (IT's cityName, else its pack id) whose own pack has not arrived yet: the template pack stands in. */
  awaiting: z.string().max(200).optional(),
  /** Nothing names the city yet: the popup asks the employee to pick one (the template stands in until then). */
  firstRun: z.boolean().optional(),
  update: UpdateView.nullable(),
  choices: z.array(z.strictObject({ id: z.string(), city: z.string() })),
  settings: z.unknown(),
  /** Settings IT fixes through managed configuration: shown locked. */
  managed: z.array(z.string()),
  ack: AckStatus,
});
export type Status = z.infer<typeof Status>;

/** The answer to save-settings: saved, or why not (in words for the form). */
export const SaveResult = z.union([z.strictObject({ ok: z.literal(true) }), z.strictObject({ ok: z.literal(false), errors: z.array(z.string()) })]);
export type SaveResult = z.infer<typeof SaveResult>;

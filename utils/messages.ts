/**
 * Messages between the content script, the popup and the background, as zod
 * schemas: the background validates everything it receives, because a content
 * script runs next to hostile pages.
 */
import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../rules/schema';

const CitedClauseSchema = z.strictObject({
  policy: z.string().max(100),
  section: z.string().max(200),
  text: z.string().max(20_000),
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
});

/** Content script → background: the findings of the compose box the user last edited in this tab. */
export const ReportFindings = z.strictObject({
  type: z.literal('report-findings'),
  site: z.string().max(40),
  findings: z.array(FindingSchema).max(1_000),
});

/** Content script → background: which pack to check with. */
export const GetActivePack = z.strictObject({ type: z.literal('get-active-pack') });

/** Popup → background: the findings reported for a tab. */
export const GetTabFindings = z.strictObject({ type: z.literal('get-tab-findings'), tabId: z.number().int() });

export const Message = z.discriminatedUnion('type', [ReportFindings, GetActivePack, GetTabFindings]);
export type Message = z.infer<typeof Message>;
export type ReportFindings = z.infer<typeof ReportFindings>;

/** What the background keeps for a tab (in storage.session: memory only, never written to disk). */
export const TabFindings = z.strictObject({
  site: z.string(),
  findings: z.array(FindingSchema),
  updatedAt: z.number(),
});
export type TabFindings = z.infer<typeof TabFindings>;

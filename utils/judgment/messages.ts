/**
 * Messages of the sentence judge: content script (or practice page) →
 * background → the page that runs the model (Chrome's offscreen document,
 * Firefox's background page) and back. Validated at every hop. The sentences
 * travel only inside the browser, between the extension's own contexts, and
 * are never stored.
 */
// zod's tree-shakable "mini" build: this file is part of the content script.
import * as z from 'zod/mini';
import { JUDGED_CATEGORIES } from '../../rules/judgment/units';

/** A unit is at most 300 characters (units.ts); context is two neighbours' ends. */
const JudgeInputSchema = z.strictObject({ sentence: z.string().check(z.maxLength(1_000)), context: z.string().check(z.maxLength(1_000)) });
/** A 10,000-character draft (the most checked at once) has well under this many units. */
export const MAX_UNITS_PER_REQUEST = 400;

export const JudgeUnits = z.strictObject({ type: z.literal('judge-units'), inputs: z.array(JudgeInputSchema).check(z.maxLength(MAX_UNITS_PER_REQUEST)) });
export type JudgeUnits = z.infer<typeof JudgeUnits>;

/** Background → offscreen document: the same request, marked for it. */
export const OffscreenJudge = z.strictObject({ target: z.literal('offscreen'), type: z.literal('judge-units'), inputs: JudgeUnits.shape.inputs });

const Threshold = z.strictObject({ model: z.number().check(z.minimum(0), z.maximum(2)), withRules: z.number().check(z.minimum(0), z.maximum(2)) });

export const JudgeAnswer = z.union([
  z.strictObject({
    ok: z.literal(true),
    version: z.string().check(z.maxLength(200)),
    probs: z.array(z.array(z.number().check(z.minimum(0), z.maximum(1))).check(z.length(JUDGED_CATEGORIES.length))).check(z.maxLength(MAX_UNITS_PER_REQUEST)),
    thresholds: z.strictObject(Object.fromEntries(JUDGED_CATEGORIES.map((c) => [c, Threshold])) as Record<(typeof JUDGED_CATEGORIES)[number], typeof Threshold>),
  }),
  z.strictObject({ ok: z.literal(false), error: z.string().check(z.maxLength(2_000)) }),
]);
export type JudgeAnswer = z.infer<typeof JudgeAnswer>;

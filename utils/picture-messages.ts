/**
 * Messages of the photo check: content script → background → analysis page
 * (Chrome's offscreen document) and back. Validated at every hop: a content
 * script runs next to hostile pages, and the answer comes back into one.
 */
import { z } from 'zod';
import { FINGERPRINT_LENGTH } from '../rules/images/fingerprint';

/** A 12 MP photo scaled to 2,000 pixels as JPEG is well under this. */
const MAX_IMAGE_CHARS = 24_000_000;

export const AnalysisRequestSchema = z.strictObject({
  image: z
    .string()
    .max(MAX_IMAGE_CHARS)
    .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/, 'a data: URL of a JPEG, PNG or WebP image'),
  head: z.string().max(400_000).regex(/^[A-Za-z0-9+/=]*$/),
  marks: z
    .array(
      z.strictObject({
        ruleId: z.string().max(100),
        minSimilarity: z.number().min(0).max(1),
        marks: z
          .array(z.strictObject({ name: z.string().max(200), fingerprint: z.string().length(FINGERPRINT_LENGTH), shape: z.enum(['round', 'square']) }))
          .max(20),
      }),
    )
    .max(20),
  readText: z.boolean(),
});

export const AnalysisResultSchema = z.strictObject({
  faces: z.number().int().min(0),
  markRules: z.array(z.string().max(100)).max(50),
  text: z.string().max(200_000),
  position: z.strictObject({ latitude: z.number(), longitude: z.number() }).nullable(),
  timings: z.record(z.string(), z.number()),
});

export const AnalysisAnswer = z.union([
  z.strictObject({ ok: z.literal(true), result: AnalysisResultSchema }),
  z.strictObject({ ok: z.literal(false), error: z.string().max(2_000) }),
]);
export type AnalysisAnswer = z.infer<typeof AnalysisAnswer>;

/** Content script or practice page → background: analyse one attached photo. */
export const AnalyzePicture = z.strictObject({ type: z.literal('analyze-picture'), request: AnalysisRequestSchema });

/** Background → offscreen document: the same request, marked for it (tabs' messages reach it too and are ignored). */
export const OffscreenAnalysis = z.strictObject({ target: z.literal('offscreen'), type: z.literal('analyze-picture'), request: AnalysisRequestSchema });

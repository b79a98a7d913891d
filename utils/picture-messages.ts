/**
 * Messages of the photo check: content script → background → analysis page
 * (Chrome's offscreen document) and back. Validated at every hop: a content
 * script runs next to hostile pages, and the answer comes back into one.
 */
// zod's tree-shakable "mini" build: this file is part of the content script, which loads on every page of the sites.
import * as z from 'zod/mini';
import { FINGERPRINT_LENGTH } from '../rules/images/fingerprint';

/** A 12 MP photo scaled to 2,000 pixels as JPEG is well under this. */
const MAX_IMAGE_CHARS = 24_000_000;

export const AnalysisRequestSchema = z.strictObject({
  image: z
    .string()
    .check(z.maxLength(MAX_IMAGE_CHARS), z.regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/, 'a data: URL of a JPEG, PNG or WebP image')),
  head: z.string().check(z.maxLength(400_000), z.regex(/^[A-Za-z0-9+/=]*$/)),
  marks: z
    .array(
      z.strictObject({
        ruleId: z.string().check(z.maxLength(100)),
        minSimilarity: z.number().check(z.minimum(0), z.maximum(1)),
        marks: z
          .array(
            z.strictObject({
              name: z.string().check(z.maxLength(200)),
              fingerprint: z.string().check(z.length(FINGERPRINT_LENGTH)),
              shape: z.enum(['round', 'square']),
            }),
          )
          .check(z.maxLength(20)),
      }),
    )
    .check(z.maxLength(20)),
  readText: z.boolean(),
});

export const AnalysisResultSchema = z.strictObject({
  faces: z.int().check(z.minimum(0)),
  markRules: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
  text: z.string().check(z.maxLength(200_000)),
  position: z.nullable(z.strictObject({ latitude: z.number(), longitude: z.number() })),
  timings: z.record(z.string(), z.number()),
});

export const AnalysisAnswer = z.union([
  z.strictObject({ ok: z.literal(true), result: AnalysisResultSchema }),
  z.strictObject({ ok: z.literal(false), error: z.string().check(z.maxLength(2_000)) }),
]);
export type AnalysisAnswer = z.infer<typeof AnalysisAnswer>;

/** Content script or practice page → background: analyse one attached photo. */
export const AnalyzePicture = z.strictObject({ type: z.literal('analyze-picture'), request: AnalysisRequestSchema });

/** Background → offscreen document: the same request, marked for it (tabs' messages reach it too and are ignored). */
export const OffscreenAnalysis = z.strictObject({ target: z.literal('offscreen'), type: z.literal('analyze-picture'), request: AnalysisRequestSchema });

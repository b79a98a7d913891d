/**
 * The closed set of checks a pack may run on attached photos. Each is a rule
 * like the text rules (category, severity, clauses, message), minus the text
 * examples: its tests are images (tests/unit/rules/images).
 */
import { z } from 'zod';
import { HIDDEN_CHARACTER } from '../hidden-characters';
import { FINGERPRINT_LENGTH } from './fingerprint';

const name = z.string().trim().min(1).max(200).refine((s) => !/[<>]/.test(s) && !HIDDEN_CHARACTER.test(s), 'must be plain text');

/** One or more faces: ask whether everyone pictured agreed. */
export const FacesParams = z.strictObject({ kind: z.literal('faces'), minFaces: z.number().int().min(1).max(50).default(1) });

/** The city's seal, logo or badge anywhere in the picture (fingerprints from `postcheck hash-image`). */
export const InsigniaParams = z.strictObject({
  kind: z.literal('insignia'),
  marks: z
    .array(
      z.strictObject({
        name,
        fingerprint: z.string().regex(new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`), `${FINGERPRINT_LENGTH} hex digits from "postcheck hash-image"`),
        shape: z.enum(['round', 'square']).default('round'),
      }),
    )
    .min(1)
    .max(20),
  /** Correlation a window must reach to count as the mark (0.8 tolerates scaling and JPEG; raise it for plain logos). */
  minSimilarity: z.number().min(0.6).max(0.99).default(0.8),
});

/** Words in the picture that belong to a uniform, badge, vehicle or sign (read by OCR), plus the lexicon's city names and departments. */
export const PictureWordsParams = z.strictObject({
  kind: z.literal('picture-words'),
  words: z.array(name).max(200).default([]),
  /** Also count the lexicon's city names and departments. */
  useLexicon: z.boolean().default(true),
});

/** Any precise GPS position in the file's metadata. */
export const LocationParams = z.strictObject({ kind: z.literal('location') });

/** A GPS position inside one of the city's facilities. */
export const FacilityLocationParams = z.strictObject({
  kind: z.literal('facility-location'),
  facilities: z
    .array(
      z.strictObject({
        name,
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
        radiusMeters: z.number().min(10).max(5_000),
      }),
    )
    .min(1)
    .max(200),
});

export const ImageDetectorParams = z.discriminatedUnion('kind', [FacesParams, InsigniaParams, PictureWordsParams, LocationParams, FacilityLocationParams]);
export type ImageDetectorParams = z.infer<typeof ImageDetectorParams>;

/** The closed set of detector kinds a pack may use, as one discriminated union. */
import { z } from 'zod';
import { PhrasesParams } from './phrases';

export const DetectorParams = z.discriminatedUnion('kind', [PhrasesParams]);
export type DetectorParams = z.infer<typeof DetectorParams>;

/** The closed set of detector kinds a pack may use, as one discriminated union. */
import { z } from 'zod';
import { AbuseParams } from './abuse';
import { ContactDetailsParams } from './contact-details';
import { CoworkersAtWorkParams } from './coworkers-at-work';
import { GrievanceParams } from './grievance';
import { InternalInfoParams } from './internal-info';
import { OfficialCapacityParams } from './official-capacity';
import { PhrasesParams } from './phrases';
import { PrivateFactsParams } from './private-facts';
import { ProfanityParams } from './profanity';
import { SensitiveDataParams } from './sensitive-data';
import { UnlawfulConductParams } from './unlawful-conduct';
import { WorkTimeParams } from './work-time';

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
  CoworkersAtWorkParams,
  UnlawfulConductParams,
  WorkTimeParams,
]);
export type DetectorParams = z.infer<typeof DetectorParams>;

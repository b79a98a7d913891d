/** Dispatches a rule's detector parameters to the detector module of that kind. */
import { detectAbuse } from './abuse';
import { detectContactDetails } from './contact-details';
import { detectCoworkersAtWork } from './coworkers-at-work';
import { detectGrievance } from './grievance';
import { detectInternalInfo } from './internal-info';
import { detectOfficialCapacity } from './official-capacity';
import { detectOfficialPost } from './official-post';
import type { DetectorParams } from './params';
import { detectPhrases } from './phrases';
import { detectPrivateFacts } from './private-facts';
import { detectProfanity } from './profanity';
import { detectSensitiveData } from './sensitive-data';
import type { DetectorInput, Hit } from './types';
import { detectUnlawfulConduct } from './unlawful-conduct';
import { detectWorkTime } from './work-time';

export function runDetector(input: DetectorInput, params: DetectorParams): Hit[] {
  switch (params.kind) {
    case 'phrases':
      return detectPhrases(input, params);
    case 'sensitive-data':
      return detectSensitiveData(input, params);
    case 'contact-details':
      return detectContactDetails(input, params);
    case 'private-facts':
      return detectPrivateFacts(input, params);
    case 'internal-info':
      return detectInternalInfo(input, params);
    case 'profanity':
      return detectProfanity(input, params);
    case 'abuse':
      return detectAbuse(input, params);
    case 'grievance':
      return detectGrievance(input, params);
    case 'official-capacity':
      return detectOfficialCapacity(input, params);
    case 'official-post':
      return detectOfficialPost(input, params);
    case 'coworkers-at-work':
      return detectCoworkersAtWork(input, params);
    case 'unlawful-conduct':
      return detectUnlawfulConduct(input, params);
    case 'work-time':
      return detectWorkTime(input, params);
  }
}

/**
 * `coworkers-at-work`: posts about coworkers on duty — captions of workplace
 * photos ("caught Dave asleep at his desk lol"), tagging coworkers in workplace
 * pictures, filming people at work.
 */
import { peopleIn } from '../people';
import { trimSpan } from '../text';
import { allMatches, hasMatch, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import { phrases as CANDID_MOMENTS } from '../vocabulary/candid-moments.json';
import { phrases as FAMILY_PICTURED } from '../vocabulary/family-pictured.json';
import { phrases as PHOTO_CONSENT } from '../vocabulary/photo-consent.json';
import { phrases as PHOTO_WORDS } from '../vocabulary/photo-words.json';
import { phrases as RUMOUR } from '../vocabulary/rumour-markers.json';
import { phrases as WORKPLACE_BODIES } from '../vocabulary/workplace-bodies.json';
import { phrases as WORKPLACE_PHOTO_PLACES } from '../vocabulary/workplace-photo-places.json';
import { phrases as WORKPLACE_PLACES } from '../vocabulary/workplace-places.json';
import { phrases as WORKPLACE_ROLES } from '../vocabulary/workplace-roles.json';
import type { CoworkersAtWorkParams } from './params';

const PHOTO = wordList(PHOTO_WORDS);
const RUMOURS = wordList(RUMOUR);
const FAMILY = wordList(FAMILY_PICTURED);
/** "at the desk", "during the staff meeting", "in his cruiser": a place at work, however phrased. */
const WORK_SPOT = /\b(?:at|in|during|on|behind)\s+(?:the|our|his|her|their|my|a)\s+(?:\w+\s+)?(?:desk|meeting|office|shift|station|break ?room|job|job site|counter|lobby|truck|cruiser|yard|shop|briefing|roll call|cubicle|front desk|hallway|stairwell|parking lot|server room|break room|conference room|locker room|control room|dispatch room|mail room|copy room|supply room|call center|plant|depot|firehouse|squad car|patrol car)\b/g;
const PLACE = wordList([...WORKPLACE_PLACES, ...WORKPLACE_PHOTO_PLACES]);
/** People, not units: "my office" or "our team" is not someone in a photo. */
const BODIES = new Set(WORKPLACE_BODIES);
const COWORKER = wordList(WORKPLACE_ROLES.filter((r) => !/^(?:my|our) /.test(r) && !BODIES.has(r)));
/** Embarrassing or private moments people would not agree to have posted. */
const CANDID = wordList(CANDID_MOMENTS);
const CONSENT = wordList(PHOTO_CONSENT);

export function detectCoworkersAtWork(input: DetectorInput, _params: CoworkersAtWorkParams): Hit[] {
  const { view } = input;
  const { folded, text } = view;
  if (!hasMatch(PHOTO, folded) && !hasMatch(CANDID, folded)) return [];
  if (hasMatch(CONSENT, folded)) return [];
  const hits: Hit[] = [];
  for (const sentence of view.sentences) {
    if (hasMatch(RUMOURS, folded, sentence.start, sentence.end)) continue; // hearsay, not a picture: the grievance rule's
    const atWork = hasMatch(WORK_SPOT, folded, sentence.start, sentence.end) || hasMatch(PLACE, folded, Math.max(0, sentence.start - 60), Math.min(folded.length, sentence.end + 60));
    const pictured = hasMatch(PHOTO, folded, Math.max(0, sentence.start - 60), Math.min(folded.length, sentence.end + 60));
    const candid = hasMatch(CANDID, folded, sentence.start, sentence.end);
    // An embarrassing moment on camera needs no workplace word: "look at Tasha sleeping through the training 📸".
    if (!atWork && !(pictured && candid && !hasMatch(FAMILY, folded, sentence.start, sentence.end))) continue;
    const tagged = /@\w/.test(text.slice(sentence.start, sentence.end));
    if (!(pictured || candid || tagged)) continue;
    // Names last: compromise is the expensive step.
    const who = allMatches(COWORKER, folded, sentence.start, sentence.end)[0] ?? peopleIn(view, sentence)[0];
    if (!who) continue;
    hits.push(trimSpan(folded, sentence));
  }
  return hits;
}

/**
 * `coworkers-at-work`: posts about coworkers on duty — captions of workplace
 * photos ("caught Dave asleep at his desk lol"), tagging coworkers in workplace
 * pictures, filming people at work.
 */
import { peopleIn } from '../people';
import { trimSpan } from '../text';
import { allMatches, hasMatch, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import { PHOTO_WORDS, RUMOUR, WORKPLACE_PLACES, WORKPLACE_ROLES } from './vocabulary';
import type { CoworkersAtWorkParams } from './params';

const PHOTO = wordList(PHOTO_WORDS);
const RUMOURS = wordList(RUMOUR);
const FAMILY = wordList(['my son', 'my daughter', 'my kid', 'my kids', 'my baby', 'my husband', 'my wife', 'my dog', 'my cat', 'my mom', 'my dad', 'my grandpa', 'my grandma', 'the kids', 'our dog', 'our cat', 'my nephew', 'my niece', 'my brother', 'my sister']);
/** "at the desk", "during the staff meeting", "in his cruiser": a place at work, however phrased. */
const WORK_SPOT = /\b(?:at|in|during|on|behind)\s+(?:the|our|his|her|their|my|a)\s+(?:\w+\s+)?(?:desk|meeting|office|shift|station|break ?room|job|job site|counter|lobby|truck|cruiser|yard|shop|briefing|roll call|cubicle|front desk|hallway|stairwell|parking lot|server room|break room|conference room|locker room|control room|dispatch room|mail room|copy room|supply room|call center|plant|depot|firehouse|squad car|patrol car)\b/g;
const PLACE = wordList(['in the cab', 'dump truck', 'to work', 'showed up to work', 'came to work', 'came into work',...WORKPLACE_PLACES, 'at work today', 'work today', 'today at work', 'at the job', 'this shift', 'last shift', 'night shift', 'day shift', 'the office today', 'our office', 'the crew', 'on the clock', 'during roll call', 'in the ambulance', 'in the squad']);
/** People, not units: "my office" or "our team" is not someone in a photo. */
const COWORKER = wordList(
  WORKPLACE_ROLES.filter(
    (r) => !/^(?:my|our) |^(?:council|city council|management|upper management|leadership|administration|admin|hr|human resources|higher-ups|higher ups|the brass|mayor|front office)$/.test(r),
  ),
);
/** Embarrassing or private moments people would not agree to have posted. */
const CANDID = wordList(['taking a nap', 'nap', 'sleeping on the job', 'arguing', 'fighting with', 'on speaker', 'posting later', 'posting it', 'passed out', 'tripping', 'tripped over', 'sleeping through', 'asleep during', 'falling asleep', 'face down', 'priceless', 'wiping out', 'in pajamas', 'dozing', 'caught', 'asleep', 'sleeping', 'napping', 'snoring', 'drooling', 'passed out', 'crying', 'yelling', 'picking his nose', 'picking her nose', 'eating', 'dancing', 'fell', 'tripped', 'wiped out', 'freaking out', 'losing it', 'lost it', 'meltdown', 'screaming', 'on his phone', 'on her phone', 'slacking', 'hiding', 'doing nothing', 'no idea i was', "didn't know i was", 'when he wasn\'t looking', "when she wasn't looking", 'behind his back', 'behind her back', 'secretly']);
const CONSENT = wordList(['with permission', 'with their permission', 'with his permission', 'with her permission', 'shared with permission', 'posted with permission', 'they said i could', 'he said i could', 'she said i could', 'approved by', 'consent']);

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

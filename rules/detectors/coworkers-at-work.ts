/**
 * `coworkers-at-work`: posts about coworkers on duty — captions of workplace
 * photos ("caught Dave asleep at his desk lol"), tagging coworkers in workplace
 * pictures, filming people at work.
 */
import { nameWordsOf } from '../names-nlp';
import { peopleIn } from '../people';
import { literalAlternation, trimSpan } from '../text';
import type { Vocabulary } from '../vocabulary/base';
import { allMatches, hasMatch, memoByVocabulary, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import type { CoworkersAtWorkParams } from './params';


/** "at the desk", "during the staff meeting", "in his cruiser": a place at work, however phrased. */
const workSpot = memoByVocabulary(
  (v: Vocabulary) => new RegExp(String.raw`\b(?:at|in|during|on|behind)\s+(?:the|our|his|her|their|my|a)\s+(?:\w+\s+)?(?:${literalAlternation(v['work-spots'].phrases)})\b`, 'g'),
);

const photoLists = memoByVocabulary((v: Vocabulary) => {
  /** People, not units: "my office" or "our team" is not someone in a photo. */
  const bodies = new Set(v['workplace-bodies'].phrases);
  return {
    photo: wordList(v['photo-words'].phrases),
    rumours: wordList(v['rumour-markers'].phrases),
    family: wordList(v['family-pictured'].phrases),
    place: wordList([...v['workplace-places'].phrases, ...v['workplace-photo-places'].phrases]),
    coworker: wordList(v['workplace-roles'].phrases.filter((r) => !/^(?:my|our) /.test(r) && !bodies.has(r))),
    /** Embarrassing or private moments people would not agree to have posted. */
    candidMoments: wordList(v['candid-moments'].phrases),
    consent: wordList(v['photo-consent'].phrases),
    names: nameWordsOf(v),
  };
});

export function detectCoworkersAtWork(input: DetectorInput, _params: CoworkersAtWorkParams): Hit[] {
  const { view } = input;
  const { folded, text } = view;
  const { photo, rumours, family, place, coworker, candidMoments, consent, names } = photoLists(input.vocabulary);
  if (!hasMatch(photo, folded) && !hasMatch(candidMoments, folded)) return [];
  if (hasMatch(consent, folded)) return [];
  const hits: Hit[] = [];
  for (const sentence of view.sentences) {
    if (hasMatch(rumours, folded, sentence.start, sentence.end)) continue; // hearsay, not a picture: the grievance rule's
    const atWork = hasMatch(workSpot(input.vocabulary), folded, sentence.start, sentence.end) || hasMatch(place, folded, Math.max(0, sentence.start - 60), Math.min(folded.length, sentence.end + 60));
    const pictured = hasMatch(photo, folded, Math.max(0, sentence.start - 60), Math.min(folded.length, sentence.end + 60));
    const candid = hasMatch(candidMoments, folded, sentence.start, sentence.end);
    // An embarrassing moment on camera needs no workplace word: "look at Tasha sleeping through the training 📸".
    if (!atWork && !(pictured && candid && !hasMatch(family, folded, sentence.start, sentence.end))) continue;
    const tagged = /@\w/.test(text.slice(sentence.start, sentence.end));
    if (!(pictured || candid || tagged)) continue;
    // Names last: compromise is the expensive step.
    const who = allMatches(coworker, folded, sentence.start, sentence.end)[0] ?? peopleIn(view, sentence, names)[0];
    if (!who) continue;
    hits.push(trimSpan(folded, sentence));
  }
  return hits;
}

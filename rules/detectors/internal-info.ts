/**
 * `internal-info`: information the author has because of the job — internal
 * plans shared "before it's announced", and details of ongoing investigations
 * and proceedings. Relaying public news ("the paper reported…") or reviewing a
 * crime film is not flagged.
 */
import type { Span } from '../text';
import type { Lexicon } from '../schema';
import { allMatches, hasMatch, memoByLexicon, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import { phrases as CASE_INSIDER_TERMS } from '../vocabulary/case-insider-terms.json';
import { phrases as COVER_UPS } from '../vocabulary/cover-ups.json';
import { phrases as INVESTIGATION } from '../vocabulary/investigations.json';
import { phrases as PLAN_WORDS } from '../vocabulary/plan-words.json';
import { phrases as PUBLIC_SOURCE } from '../vocabulary/public-sources.json';
import { phrases as SECRECY } from '../vocabulary/secrecy-markers.json';
import { phrases as WORK_CONTEXT } from '../vocabulary/work-context.json';
import { phrases as WORKPLACE_ROLES } from '../vocabulary/workplace-roles.json';
import type { InternalInfoParams } from './params';

const SECRET_MARKERS = wordList(SECRECY);
const PLANS = wordList(PLAN_WORDS);
const INVESTIGATIONS = wordList(INVESTIGATION);
/** Terms that only come up from inside a case, whatever else the post says. */
const LOOKING_AT_STAFF = /(?:looking (?:at|into)|investigating|probing|building a case against)\s+(?:\w+\s+){0,2}(?:officers?|employees?|deputies|deputy|firefighters?|staff|the chief|the director|the captain|the sergeant|him|her|them)\b/g;
const COVER_UP = wordList(COVER_UPS);
const CASE_INSIDER = wordList(CASE_INSIDER_TERMS);
const PUBLIC = wordList(PUBLIC_SOURCE);
const WORK = wordList([...WORKPLACE_ROLES, ...WORK_CONTEXT]);

function sentenceSpan(view: DetectorInput['view'], at: Span): Span {
  return view.sentenceAt(at.start);
}

const cityWordsOf = memoByLexicon((lexicon: Lexicon) => wordList([...lexicon.cityNames, ...lexicon.departments, ...lexicon.facilities]));

export function detectInternalInfo(input: DetectorInput, params: InternalInfoParams): Hit[] {
  const { view } = input;
  const { folded } = view;
  const hits: Hit[] = [];
  const cityWords = cityWordsOf(input.lexicon);
  const aboutWork = hasMatch(WORK, folded) || hasMatch(cityWords, folded);
  // A cover-up at work is inside knowledge whatever it is about.
  if (params.what.includes('investigations') && aboutWork) {
    for (const m of allMatches(COVER_UP, folded)) hits.push({ start: m.start, end: m.end });
  }
  if (params.what.includes('plans')) {
    for (const marker of allMatches(SECRET_MARKERS, folded)) {
      // A secrecy marker plus something that is going to happen, at work or in the city.
      if (aboutWork && hasMatch(PLANS, folded)) hits.push({ start: marker.start, end: marker.end });
    }
  }
  // A secret about an arrest or a case is inside knowledge too ("the chief's son… being kept quiet").
  if (params.what.includes('investigations') && hasMatch(SECRET_MARKERS, folded) && /\b(arrest|arrested|charged|investigat|case|suspect|warrant|complaint|missing funds|fraud|theft|on leave)/.test(folded)) {
    for (const marker of allMatches(SECRET_MARKERS, folded)) hits.push({ start: marker.start, end: marker.end });
  }
  if (params.what.includes('investigations') && !hasMatch(PUBLIC, folded)) {
    for (const m of allMatches(INVESTIGATIONS, folded)) {
      const sentence = sentenceSpan(view, m);
      if (aboutWork || hasMatch(WORK, folded, sentence.start, sentence.end)) hits.push({ start: m.start, end: m.end });
    }
    if (!hits.length) for (const m of [...allMatches(CASE_INSIDER, folded), ...allMatches(LOOKING_AT_STAFF, folded)]) hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

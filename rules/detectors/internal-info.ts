/**
 * `internal-info`: information the author has because of the job — internal
 * plans shared "before it's announced", and details of ongoing investigations
 * and proceedings. Relaying public news ("the paper reported…") or reviewing a
 * crime film is not flagged.
 */
import { literalAlternation, type Span } from '../text';
import type { Lexicon } from '../schema';
import type { Vocabulary } from '../vocabulary/base';
import { allMatches, hasMatch, memoByLexicon, memoByVocabulary, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import type { InternalInfoParams } from './params';

const insideLists = memoByVocabulary((v: Vocabulary) => ({
  secretMarkers: wordList(v['secrecy-markers'].phrases),
  plans: wordList(v['plan-words'].phrases),
  investigations: wordList(v.investigations.phrases),
  coverUp: wordList(v['cover-ups'].phrases),
  /** Terms that only come up from inside a case, whatever else the post says. */
  caseInsider: wordList(v['case-insider-terms'].phrases),
  public: wordList(v['public-sources'].phrases),
  work: wordList([...v['workplace-roles'].phrases, ...v['work-context'].phrases]),
  /** Words of an arrest or a case ("arrested", "investigat…", "missing funds"), matched as word beginnings. */
  caseMatter: new RegExp(String.raw`\b(?:${literalAlternation(v['case-matter-stems'].phrases)})`),
  /** Investigating staff, however phrased: inside knowledge of a case. */
  lookingAtStaff: new RegExp(
    String.raw`(?:looking (?:at|into)|investigating|probing|building a case against)\s+(?:\w+\s+){0,2}(?:${literalAlternation(v['investigated-staff'].phrases)})\b`,
    'g',
  ),
}));

function sentenceSpan(view: DetectorInput['view'], at: Span): Span {
  return view.sentenceAt(at.start);
}

const cityWordsOf = memoByLexicon((lexicon: Lexicon) => wordList([...lexicon.cityNames, ...lexicon.departments, ...lexicon.facilities]));

export function detectInternalInfo(input: DetectorInput, params: InternalInfoParams): Hit[] {
  const { view } = input;
  const { folded } = view;
  const hits: Hit[] = [];
  const lists = insideLists(input.vocabulary);
  const cityWords = cityWordsOf(input.lexicon);
  const aboutWork = hasMatch(lists.work, folded) || hasMatch(cityWords, folded);
  // A cover-up at work is inside knowledge whatever it is about.
  if (params.what.includes('investigations') && aboutWork) {
    for (const m of allMatches(lists.coverUp, folded)) hits.push({ start: m.start, end: m.end });
  }
  if (params.what.includes('plans')) {
    for (const marker of allMatches(lists.secretMarkers, folded)) {
      // A secrecy marker plus something that is going to happen, at work or in the city.
      if (aboutWork && hasMatch(lists.plans, folded)) hits.push({ start: marker.start, end: marker.end });
    }
  }
  // A secret about an arrest or a case is inside knowledge too ("the chief's son… being kept quiet").
  if (params.what.includes('investigations') && hasMatch(lists.secretMarkers, folded) && lists.caseMatter.test(folded)) {
    for (const marker of allMatches(lists.secretMarkers, folded)) hits.push({ start: marker.start, end: marker.end });
  }
  if (params.what.includes('investigations') && !hasMatch(lists.public, folded)) {
    for (const m of allMatches(lists.investigations, folded)) {
      const sentence = sentenceSpan(view, m);
      if (aboutWork || hasMatch(lists.work, folded, sentence.start, sentence.end)) hits.push({ start: m.start, end: m.end });
    }
    if (!hits.length) for (const m of [...allMatches(lists.caseInsider, folded), ...allMatches(lists.lookingAtStaff, folded)]) hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

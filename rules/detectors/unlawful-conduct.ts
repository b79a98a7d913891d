/**
 * `unlawful-conduct`: promoting drug or alcohol abuse or illegal activity.
 * Reporting, warning or recovery talk ("don't drink and drive", "arrested for…",
 * "two years sober") is not promotion.
 */
import { literalAlternation } from '../text';
import type { Vocabulary } from '../vocabulary/base';
import { allMatches, hasMatch, memoByVocabulary, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import type { UnlawfulConductParams } from './params';

const unlawfulLists = memoByVocabulary((v: Vocabulary) => ({
  drugs: wordList(v['drug-terms'].phrases),
  drugPush: wordList(v['drug-promotion'].phrases),
  alcohol: wordList(v['alcohol-abuse'].phrases),
  illegal: wordList(v['illegal-acts'].phrases),
  promote: wordList(v['unlawful-promotion'].phrases),
  negate: wordList(v['unlawful-negation'].phrases),
  rumours: wordList(v['rumour-markers'].phrases),
  substance: wordList(v.substances.phrases),
  onTheJob: wordList(v['on-the-job'].phrases),
  /** "before the staff meeting", "during my shift": drinking or using then is conduct on the job. */
  beforeWorkEvent: new RegExp(String.raw`\b(?:before|during|at|after) (?:the|my|our) (?:\w+ )?(?:${literalAlternation(v['work-events'].phrases)})\b`),
  /** Illegal dumping, however it is phrased: "dump the old tires in the river". */
  dumping: new RegExp(String.raw`\bdump(?:ing|ed)?\b[^.!?\n]{0,40}?\b(?:in|into|on) the (?:${literalAlternation(v['dumping-places'].phrases)})\b`, 'g'),
}));


export function detectUnlawfulConduct(input: DetectorInput, _params: UnlawfulConductParams): Hit[] {
  const { view } = input;
  const { folded } = view;
  const lists = unlawfulLists(input.vocabulary);
  const hits: Hit[] = [];
  const negated = (start: number, end: number) => {
    const sentence = view.sentenceAt(start);
    const from = Math.max(sentence.start, start - 40);
    // "don't tell the IRS" winks at the act; it does not warn against it.
    return allMatches(lists.negate, folded, from, Math.min(sentence.end, end + 25)).some((n) => !/^\s+tell\b/.test(folded.slice(n.end, n.end + 6)));
  };
  // Reporting someone else ("word is the attorney got caught drinking on the job") is not promoting it.
  const aboutSomeoneElse = (start: number) => {
    const sentence = view.sentenceAt(start);
    return hasMatch(lists.rumours, folded, sentence.start, start) || /\b(got caught|was caught|caught him|caught her|arrested|charged)\b/.test(folded.slice(sentence.start, start));
  };
  for (const m of allMatches(lists.alcohol, folded)) if (!negated(m.start, m.end) && !aboutSomeoneElse(m.start)) hits.push(m);
  for (const m of allMatches(lists.drugPush, folded)) {
    const sentence = view.sentenceAt(m.start);
    const drugNear = hasMatch(lists.drugs, folded, sentence.start, sentence.end) || /high|stoned|baked|blaze|420|wake and bake|snort|plug/.test(m.text);
    if (drugNear && !negated(m.start, m.end)) hits.push(m);
  }
  // Drinking or using at work: "edibles before the council meeting", "a bottle of Jack in my locker… every shift".
  for (const m of allMatches(lists.substance, folded)) {
    const sentence = view.sentenceAt(m.start);
    const context = { start: Math.max(0, sentence.start - 60), end: Math.min(folded.length, sentence.end + 80) };
    if ((hasMatch(lists.onTheJob, folded, context.start, context.end) || lists.beforeWorkEvent.test(folded.slice(context.start, context.end))) && !negated(m.start, m.end) && !aboutSomeoneElse(m.start)) hits.push(m);
  }
  for (const m of allMatches(lists.dumping, folded)) if (!negated(m.start, m.end)) hits.push(m);
  for (const m of allMatches(lists.illegal, folded)) {
    const sentence = view.sentenceAt(m.start);
    if (hasMatch(lists.promote, folded, sentence.start, sentence.end) && !negated(m.start, m.end)) hits.push(m);
  }
  return hits;
}

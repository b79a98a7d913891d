/**
 * `unlawful-conduct`: promoting drug or alcohol abuse or illegal activity.
 * Reporting, warning or recovery talk ("don't drink and drive", "arrested for…",
 * "two years sober") is not promotion.
 */
import { literalAlternation, type TextView } from '../text';
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
  drinking: wordList(v['drinking-states'].phrases),
  notDrinking: wordList(v['drinking-states'].exceptions ?? []),
  driving: wordList(v['driving-words'].phrases),
  soberRide: wordList(v['sober-rides'].phrases),
  caught: wordList(v['caught-reports'].phrases),
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
    return hasMatch(lists.rumours, folded, sentence.start, start) || hasMatch(lists.caught, folded, sentence.start, start);
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
  hits.push(...drunkDriving(view, lists, negated, aboutSomeoneElse));
  for (const m of allMatches(lists.illegal, folded)) {
    const sentence = view.sentenceAt(m.start);
    if (hasMatch(lists.promote, folded, sentence.start, sentence.end) && !negated(m.start, m.end)) hits.push(m);
  }
  return hits;
}

/** The author in the sentence: "I", "me", "my", "we", "yo", "me vine" (folded, so accents are gone). */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:i|i'm|im|me|my|we|we're|yo|nos|nosotros|me vine)(?:[^\p{L}]|$)/u;

/**
 * Driving after drinking, told by the author in one sentence: "6 mimosas… y yo manejando de regreso por la I-10",
 * "drove home three beers deep lol". Someone else's state ("my drunk friends"), a sober ride home, a warning
 * ("never drink and drive") or a report about someone else is not a boast.
 */
function drunkDriving(view: TextView, lists: ReturnType<typeof unlawfulLists>, negated: (start: number, end: number) => boolean, aboutSomeoneElse: (start: number) => boolean): Hit[] {
  const { folded } = view;
  const hits: Hit[] = [];
  const drinks = allMatches(lists.drinking, folded);
  if (!drinks.length) return hits;
  const notDrinking = allMatches(lists.notDrinking, folded);
  for (const drink of drinks) {
    if (notDrinking.some((n) => n.start <= drink.start && drink.end <= n.end)) continue;
    const sentence = view.sentenceAt(drink.start);
    const drive = allMatches(lists.driving, folded, sentence.start, sentence.end)[0];
    if (!drive || hasMatch(lists.soberRide, folded, sentence.start, sentence.end)) continue;
    // "drove home three beers deep": a post that opens on the verb drops its "I".
    const opensOnTheVerb = folded.slice(sentence.start, drive.start).trim() === '';
    if (!opensOnTheVerb && !FIRST_PERSON.test(folded.slice(sentence.start, sentence.end))) continue;
    const span = { start: Math.min(drink.start, drive.start), end: Math.max(drink.end, drive.end) };
    if (negated(span.start, span.end) || aboutSomeoneElse(span.start)) continue;
    if (!hits.some((h) => h.start === span.start)) hits.push(span);
  }
  return hits;
}

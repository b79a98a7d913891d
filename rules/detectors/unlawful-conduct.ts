/**
 * `unlawful-conduct`: promoting drug or alcohol abuse or illegal activity.
 * Reporting, warning or recovery talk ("don't drink and drive", "arrested for…",
 * "two years sober") is not promotion.
 */
import { allMatches, hasMatch, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import { ALCOHOL_ABUSE, DRUG_PROMOTION, DRUG_TERMS, ILLEGAL_ACTS, RUMOUR, UNLAWFUL_NEGATION, UNLAWFUL_PROMOTION } from './vocabulary';
import type { UnlawfulConductParams } from './params';

const DRUGS = wordList(DRUG_TERMS);
const DRUG_PUSH = wordList(DRUG_PROMOTION);
const ALCOHOL = wordList(ALCOHOL_ABUSE);
const ILLEGAL = wordList(ILLEGAL_ACTS);
const PROMOTE = wordList(UNLAWFUL_PROMOTION);
const NEGATE = wordList(UNLAWFUL_NEGATION);
const RUMOURS = wordList(RUMOUR);
const SUBSTANCE = wordList(['keg', 'beers in the', '💊', 'six pack', 'six-pack', 'drank a', 'bong rips', 'bong', 'rips', 'cooler of beer', 'case of beer', 'beer in the', 'edibles', 'weed', 'joint', 'blunt', 'vape pen', 'dab pen', 'shrooms', 'molly', 'coke', 'pills', 'xanax', 'percs', 'bottle of jack', 'bottle of', 'flask', 'fifth of', 'shots', 'shot of', 'vodka', 'whiskey', 'bourbon', 'tequila', 'booze', 'tallboy', 'tall boy', '🥃']);
const BEFORE_WORK_EVENT = /\b(?:before|during|at|after) (?:the|my|our) (?:\w+ )?(?:meeting|shift|presentation|hearing|briefing|inspection|training)\b/;
const ON_THE_JOB = wordList(['in the shop', "don't tell the director", "don't tell the chief", 'city christmas party', 'office party', 'work party', 'department party', 'overtime', 'glovebox', 'glove box', 'shift', 'before the 7am shift', 'before the council', 'council presentation', 'before my presentation', 'for the cleanup', "don't tell the foreman", "don't tell my boss", 'before work', 'on shift', 'every shift', 'my shift', 'on the clock', 'on duty', 'in my locker', 'in the truck', 'city truck', 'council meeting', 'staff meeting', 'before the meeting', 'during the meeting', 'on the job', 'at my desk', 'lunch break', 'on break', 'in the break room', 'patrol', 'in the cruiser', 'before roll call']);
/** Illegal dumping, however it is phrased: "dump the old tires in the river". */
const DUMPING = /\bdump(?:ing|ed)?\b[^.!?\n]{0,40}?\b(?:in|into|on) the (?:river|lake|woods|creek|bayou|ditch|levee|side of the road)\b/g;

export function detectUnlawfulConduct(input: DetectorInput, _params: UnlawfulConductParams): Hit[] {
  const { view } = input;
  const { folded } = view;
  const hits: Hit[] = [];
  const negated = (start: number, end: number) => {
    const sentence = view.sentenceAt(start);
    const from = Math.max(sentence.start, start - 40);
    // "don't tell the IRS" winks at the act; it does not warn against it.
    return allMatches(NEGATE, folded, from, Math.min(sentence.end, end + 25)).some((n) => !/^\s+tell\b/.test(folded.slice(n.end, n.end + 6)));
  };
  // Reporting someone else ("word is the attorney got caught drinking on the job") is not promoting it.
  const aboutSomeoneElse = (start: number) => {
    const sentence = view.sentenceAt(start);
    return hasMatch(RUMOURS, folded, sentence.start, start) || /\b(got caught|was caught|caught him|caught her|arrested|charged)\b/.test(folded.slice(sentence.start, start));
  };
  for (const m of allMatches(ALCOHOL, folded)) if (!negated(m.start, m.end) && !aboutSomeoneElse(m.start)) hits.push(m);
  for (const m of allMatches(DRUG_PUSH, folded)) {
    const sentence = view.sentenceAt(m.start);
    const drugNear = hasMatch(DRUGS, folded, sentence.start, sentence.end) || /high|stoned|baked|blaze|420|wake and bake|snort|plug/.test(m.text);
    if (drugNear && !negated(m.start, m.end)) hits.push(m);
  }
  // Drinking or using at work: "edibles before the council meeting", "a bottle of Jack in my locker… every shift".
  for (const m of allMatches(SUBSTANCE, folded)) {
    const sentence = view.sentenceAt(m.start);
    const context = { start: Math.max(0, sentence.start - 60), end: Math.min(folded.length, sentence.end + 80) };
    if ((hasMatch(ON_THE_JOB, folded, context.start, context.end) || BEFORE_WORK_EVENT.test(folded.slice(context.start, context.end))) && !negated(m.start, m.end) && !aboutSomeoneElse(m.start)) hits.push(m);
  }
  for (const m of allMatches(DUMPING, folded)) if (!negated(m.start, m.end)) hits.push(m);
  for (const m of allMatches(ILLEGAL, folded)) {
    const sentence = view.sentenceAt(m.start);
    if (hasMatch(PROMOTE, folded, sentence.start, sentence.end) && !negated(m.start, m.end)) hits.push(m);
  }
  return hits;
}

/**
 * `unlawful-conduct`: promoting drug or alcohol abuse or illegal activity.
 * Reporting, warning or recovery talk ("don't drink and drive", "arrested for…",
 * "two years sober") is not promotion.
 */
import { allMatches, hasMatch, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import { phrases as ALCOHOL_ABUSE } from '../vocabulary/alcohol-abuse.json';
import { phrases as DRUG_PROMOTION } from '../vocabulary/drug-promotion.json';
import { phrases as DRUG_TERMS } from '../vocabulary/drug-terms.json';
import { phrases as ILLEGAL_ACTS } from '../vocabulary/illegal-acts.json';
import { phrases as ON_THE_JOB_WORDS } from '../vocabulary/on-the-job.json';
import { phrases as RUMOUR } from '../vocabulary/rumour-markers.json';
import { phrases as SUBSTANCES } from '../vocabulary/substances.json';
import { phrases as UNLAWFUL_NEGATION } from '../vocabulary/unlawful-negation.json';
import { phrases as UNLAWFUL_PROMOTION } from '../vocabulary/unlawful-promotion.json';
import type { UnlawfulConductParams } from './params';

const DRUGS = wordList(DRUG_TERMS);
const DRUG_PUSH = wordList(DRUG_PROMOTION);
const ALCOHOL = wordList(ALCOHOL_ABUSE);
const ILLEGAL = wordList(ILLEGAL_ACTS);
const PROMOTE = wordList(UNLAWFUL_PROMOTION);
const NEGATE = wordList(UNLAWFUL_NEGATION);
const RUMOURS = wordList(RUMOUR);
const SUBSTANCE = wordList(SUBSTANCES);
const BEFORE_WORK_EVENT = /\b(?:before|during|at|after) (?:the|my|our) (?:\w+ )?(?:meeting|shift|presentation|hearing|briefing|inspection|training)\b/;
const ON_THE_JOB = wordList(ON_THE_JOB_WORDS);
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

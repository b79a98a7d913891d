/**
 * `private-facts`: medical, personnel/disciplinary or relationship facts about an
 * identifiable person other than the author — "Jen from payroll is pregnant",
 * "Dave got written up again", "Mike in IT is getting divorced".
 * The subject must be a named person, a workplace role or a pronoun with workplace
 * context; the author's own news ("I'm pregnant!") and family pets are left alone.
 */
import { peopleIn } from '../people';
import { escapeRegExp, type Span, type TextView, trimSpan } from '../text';
import { allMatches, hasMatch, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import { phrases as AUTHOR_FAMILY } from '../vocabulary/author-family.json';
import { phrases as DEPARTMENT_WORDS } from '../vocabulary/department-words.json';
import { phrases as FACT_SUBJECTS } from '../vocabulary/fact-subjects.json';
import { phrases as MEDICAL_FACTS } from '../vocabulary/medical-facts.json';
import { phrases as PERSON_NOUNS } from '../vocabulary/person-nouns.json';
import { phrases as PERSONNEL_FACTS } from '../vocabulary/personnel-facts.json';
import { phrases as PUBLIC_CONTEXTS } from '../vocabulary/public-contexts.json';
import { phrases as RELATIONSHIP_FACTS } from '../vocabulary/relationship-facts.json';
import { phrases as RUMOUR } from '../vocabulary/rumour-markers.json';
import { phrases as WORKPLACE_MENTIONS } from '../vocabulary/workplace-mentions.json';
import { phrases as WORKPLACE_PLACES } from '../vocabulary/workplace-places.json';
import { phrases as WORKPLACE_ROLES } from '../vocabulary/workplace-roles.json';
import type { PrivateFactsParams } from './params';

const FACTS = {
  medical: wordList(MEDICAL_FACTS),
  personnel: wordList(PERSONNEL_FACTS),
  relationship: wordList(RELATIONSHIP_FACTS),
};
const ROLES = wordList([...WORKPLACE_ROLES, ...FACT_SUBJECTS]);
/** "the guy in accounting", "the new lady from permits". */
const PERSON_AT_WORK = new RegExp(
  `(?<![\\p{L}])(?:${PERSON_NOUNS.join('|')})\\s+(?:\\w+\\s+)?(?:in|from|at|over in|down in|on)\\s+(?:${DEPARTMENT_WORDS.map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'gu',
);
const RUMOURS = wordList(RUMOUR);
const PLACES = wordList([...WORKPLACE_PLACES, ...DEPARTMENT_WORDS.filter((d) => d !== 'it'), ...WORKPLACE_MENTIONS]);
const THIRD_PERSON = wordList(['he', 'she', "he's", "she's", 'his', 'her', 'him', ...PERSON_NOUNS]);
/** The author or their family: their own news to share. */
const SELF_SUBJECT = /(?:^|[^\p{L}])(?:i|i'm|im|i've|i'd|me|my|we|we're|we've|our|us|myself|mine)(?:[^\p{L}]|$)/u;
const FAMILY = wordList(AUTHOR_FAMILY);
/** Public and fictional contexts: reviews, news, celebrities, awareness campaigns. */
const PUBLIC_CONTEXT = wordList(PUBLIC_CONTEXTS);

function subjectIsOtherPerson(view: TextView, sentence: Span, fact: Span, requireWorkplace: boolean): boolean {
  const { folded } = view;
  const before: Span = { start: sentence.start, end: fact.start };
  const named = peopleIn(view, sentence).length > 0;
  // The person can be named in the sentence before: "Our two dispatchers who 'carpool'? Yeah they're a thing now."
  const previous = view.sentenceBefore(sentence);
  const from = previous && /^\s*(?:yeah|yep|and|so|well|oh)?\b.{0,10}\b(?:they|he|she)\b/.test(folded.slice(sentence.start, sentence.end)) ? previous.start : sentence.start;
  const role = hasMatch(ROLES, folded, from, sentence.end) || hasMatch(PERSON_AT_WORK, folded, from, sentence.end);
  const pronoun = hasMatch(THIRD_PERSON, folded, sentence.start, sentence.end);
  const workContext = role || hasMatch(PLACES, folded, 0, folded.length) || hasMatch(ROLES, folded, 0, folded.length);
  if (hasMatch(FAMILY, folded, before.start, before.end) && !named && !role) return false;
  if (!named && !role && !(pronoun && workContext)) {
    return false;
  }
  // "I'm pregnant" / "my surgery went well": the subject right before the fact is the author.
  const lead = folded.slice(Math.max(before.start, fact.start - 25), fact.start);
  if (SELF_SUBJECT.test(lead) && !named && !role && !/\b(he|she|his|her)\b/.test(lead)) return false;
  if (requireWorkplace && !workContext) return false;
  return true;
}

export function detectPrivateFacts(input: DetectorInput, params: PrivateFactsParams): Hit[] {
  const { view } = input;
  const { folded } = view;
  if (hasMatch(PUBLIC_CONTEXT, folded)) return [];
  const hits: Hit[] = [];
  for (const kind of params.facts) {
    for (const fact of allMatches(FACTS[kind], folded)) {
      const sentence = view.sentenceAt(fact.start);
      // "I heard my manager is getting fired": a rumour about a personnel matter, which the grievance rule explains.
      if (kind === 'personnel' && hasMatch(RUMOURS, folded, sentence.start, fact.start)) continue;
      // "during my surgery recovery": the author's own news, whoever else the sentence mentions.
      if (/\b(?:my|our)\s+(?:own\s+|recent\s+|latest\s+|upcoming\s+)?$/u.test(folded.slice(Math.max(0, fact.start - 20), fact.start))) continue;
      // "my dad's heart attack": the author's family, not a coworker.
      if (/\b(?:my|our)\s+(?:mom|dad|mother|father|wife|husband|son|daughter|kid|kids|grandma|grandpa|brother|sister|baby|dog|cat|partner)(?:'s)?\s+$/u.test(folded.slice(Math.max(0, fact.start - 25), fact.start))) continue;
      if (subjectIsOtherPerson(view, sentence, fact, params.requireWorkplace)) hits.push(trimSpan(folded, sentence));
    }
  }
  return hits;
}

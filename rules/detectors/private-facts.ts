/**
 * `private-facts`: medical, personnel/disciplinary or relationship facts about an
 * identifiable person other than the author — "Jen from payroll is pregnant",
 * "Dave got written up again", "Mike in IT is getting divorced".
 * The subject must be a named person, a workplace role or a pronoun with workplace
 * context; the author's own news ("I'm pregnant!") and family pets are left alone.
 */
import { nameWordsOf } from '../names-nlp';
import { peopleIn } from '../people';
import { literalAlternation, type Span, type TextView, trimSpan } from '../text';
import type { Vocabulary } from '../vocabulary/base';
import { allMatches, hasMatch, memoByVocabulary, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import type { PrivateFactsParams } from './params';

const factLists = memoByVocabulary((v: Vocabulary) => {
  const departments = v['department-words'].phrases;
  const personNouns = v['person-nouns'].phrases;
  return {
    facts: {
      medical: wordList(v['medical-facts'].phrases),
      personnel: wordList(v['personnel-facts'].phrases),
      relationship: wordList(v['relationship-facts'].phrases),
    },
    roles: wordList([...v['workplace-roles'].phrases, ...v['fact-subjects'].phrases]),
    /** "the guy in accounting", "the new lady from permits". */
    personAtWork: new RegExp(
      `(?<![\\p{L}])(?:${literalAlternation(personNouns)})\\s+(?:\\w+\\s+)?(?:in|from|at|over in|down in|on)\\s+(?:${literalAlternation(departments)})(?![\\p{L}])`,
      'gu',
    ),
    rumours: wordList(v['rumour-markers'].phrases),
    /** "Jerome said it was fine to post this": the person's own consent to share the news. */
    consent: wordList(v['photo-consent'].phrases),
    places: wordList([...v['workplace-places'].phrases, ...departments.filter((d) => d !== 'it'), ...v['workplace-mentions'].phrases]),
    thirdPerson: wordList(['he', 'she', "he's", "she's", 'his', 'her', 'him', ...personNouns]),
    family: wordList(v['author-family'].phrases),
    /** "my dad's heart attack": a fact about the author's own family, just before it. */
    ownFamilyBefore: new RegExp(String.raw`\b(?:my|our)\s+(?:${literalAlternation(v['kin-words'].phrases)})(?:'s)?\s+$`, 'u'),
    /** Public and fictional contexts: reviews, news, celebrities, awareness campaigns. */
    publicContext: wordList(v['public-contexts'].phrases),
    names: nameWordsOf(v),
  };
});
type FactLists = ReturnType<typeof factLists>;

/** The author or their family: their own news to share. */
const SELF_SUBJECT = /(?:^|[^\p{L}])(?:i|i'm|im|i've|i'd|me|my|we|we're|we've|our|us|myself|mine)(?:[^\p{L}]|$)/u;

function subjectIsOtherPerson(view: TextView, lists: FactLists, sentence: Span, fact: Span, requireWorkplace: boolean): boolean {
  const { folded } = view;
  const before: Span = { start: sentence.start, end: fact.start };
  const named = peopleIn(view, sentence, lists.names).length > 0;
  // The person can be named in the sentence before: "Our two dispatchers who 'carpool'? Yeah they're a thing now."
  const previous = view.sentenceBefore(sentence);
  const from = previous && /^\s*(?:yeah|yep|and|so|well|oh)?\b.{0,10}\b(?:they|he|she)\b/.test(folded.slice(sentence.start, sentence.end)) ? previous.start : sentence.start;
  const role = hasMatch(lists.roles, folded, from, sentence.end) || hasMatch(lists.personAtWork, folded, from, sentence.end);
  const pronoun = hasMatch(lists.thirdPerson, folded, sentence.start, sentence.end);
  const workContext = role || hasMatch(lists.places, folded, 0, folded.length) || hasMatch(lists.roles, folded, 0, folded.length);
  if (hasMatch(lists.family, folded, before.start, before.end) && !named && !role) return false;
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
  const lists = factLists(input.vocabulary);
  if (hasMatch(lists.publicContext, folded) || hasMatch(lists.consent, folded)) return [];
  const hits: Hit[] = [];
  for (const kind of params.facts) {
    for (const fact of allMatches(lists.facts[kind], folded)) {
      const sentence = view.sentenceAt(fact.start);
      // "I heard my manager is getting fired": a rumour about a personnel matter, which the grievance rule explains.
      if (kind === 'personnel' && hasMatch(lists.rumours, folded, sentence.start, fact.start)) continue;
      // "during my surgery recovery": the author's own news, whoever else the sentence mentions.
      if (/\b(?:my|our)\s+(?:own\s+|recent\s+|latest\s+|upcoming\s+)?$/u.test(folded.slice(Math.max(0, fact.start - 20), fact.start))) continue;
      // "my dad's heart attack": the author's family, not a coworker.
      if (lists.ownFamilyBefore.test(folded.slice(Math.max(0, fact.start - 25), fact.start))) continue;
      if (subjectIsOtherPerson(view, lists, sentence, fact, params.requireWorkplace)) hits.push(trimSpan(folded, sentence));
    }
  }
  return hits;
}

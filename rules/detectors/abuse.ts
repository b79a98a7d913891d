/**
 * `abuse`: harassment that needs no swear word — insults aimed at a person,
 * threats and intimidation, demeaning generalisations about protected groups
 * (with or without a slur), and sexual remarks about people.
 */
import { peopleIn } from '../people';
import { valence } from '../valence';
import type { Span, TextView } from '../text';
import { allMatches, hasMatch, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import type { AbuseParams } from './params';
import { phrases as ADVOCACY_WORDS } from '../vocabulary/advocacy.json';
import { phrases as BIAS_PHRASES } from '../vocabulary/bias-phrases.json';
import { phrases as GROUP_ADMISSION_VERBS } from '../vocabulary/group-admission-verbs.json';
import { phrases as GROUP_BLAME } from '../vocabulary/group-blame.json';
import { phrases as GROUP_EXCLUSION_VERBS } from '../vocabulary/group-exclusion-verbs.json';
import { phrases as GROUP_GENERALISATIONS } from '../vocabulary/group-generalisations.json';
import { exceptions as NOT_INSULT_ADJECTIVES, phrases as INSULT_ADJECTIVES } from '../vocabulary/insult-adjectives.json';
import { exceptions as NOT_INSULT_NOUNS, phrases as INSULT_NOUNS } from '../vocabulary/insult-nouns.json';
import { phrases as OTHER_INSULT_TARGETS } from '../vocabulary/insult-targets.json';
import { phrases as JOKE_FRAMES } from '../vocabulary/joke-frames.json';
import { phrases as NON_PERSON_TARGETS } from '../vocabulary/non-person-targets.json';
import { phrases as PROTECTED_GROUPS } from '../vocabulary/protected-groups.json';
import { phrases as SEXUAL_TARGETS } from '../vocabulary/sexual-targets.json';
import { exceptions as NOT_SEXUAL_TERMS, phrases as SEXUAL_TERMS } from '../vocabulary/sexual-terms.json';
import { phrases as STEREOTYPE_TRAITS } from '../vocabulary/stereotype-traits.json';
import { phrases as THREAT_INTENT } from '../vocabulary/threat-intent.json';
import { phrases as THREAT_PHRASES } from '../vocabulary/threat-phrases.json';
import { exceptions as VIOLENCE_IDIOMS, phrases as VIOLENT_VERBS } from '../vocabulary/violent-verbs.json';
import { phrases as WORKPLACE_ROLES } from '../vocabulary/workplace-roles.json';

// ---- insults: "you idiot", "she's a pathetic cow", "what a moron Dave is", "@dave you clown"
const INSULT_NOUN = wordList(INSULT_NOUNS);
const INSULT_ADJ = wordList(INSULT_ADJECTIVES);
const SECOND_PERSON = /(?:^|[^\p{L}])(?:you|u|ya|your|ur|you're|youre|yall|y'all)(?:[^\p{L}]|$)/u;
const THIRD_PERSON_SUBJECT = /(?:^|[^\p{L}])(?:he|she|they|he's|she's|they're|him|her|them|this guy|that guy|this lady|that lady|this woman|that woman|this man|that man|this dude|that dude|the guy|the lady|the woman|the man|the dude)(?:[^\p{L}]|$)/u;
const COPULA = /(?:\bis|\bare|\bwas|\bwere|'s|'re|\bbeing|\bbe|\bsuch|\bwhat an?|\bwhat a total|\blike an?|\bcalled (?:him|her|them|me) an?)\s+(?:an?\s+|such an?\s+|so\s+|a total\s+|a complete\s+|an absolute\s+|a real\s+|a fat\s+|a stupid\s+|a lazy\s+|the biggest\s+)?(?:\w+\s+)?$/;
const SELF_DEPRECATION = /(?:^|[^\p{L}])(?:i'm|im|i am|i was|i feel|i felt|i'm such|me|myself|i'm so|i was so|i'm an|i'm a|call me)(?:[^\p{L}]|$)/u;
const NON_PERSON = wordList(NON_PERSON_TARGETS);
/** Where an insult word is not an insult ("control freak", "trash pickup", "crazy busy"): both lists' exceptions clear a hit of either. */
const NOT_INSULT = wordList([...NOT_INSULT_NOUNS, ...NOT_INSULT_ADJECTIVES]);
const INSULT_TARGETS = wordList([...WORKPLACE_ROLES, ...OTHER_INSULT_TARGETS]);

function detectInsults(view: TextView): Hit[] {
  const { folded, text } = view;
  const hits: Hit[] = [];
  for (const re of [INSULT_NOUN, INSULT_ADJ]) {
    for (const m of allMatches(re, folded)) {
      if (hasMatch(NOT_INSULT, folded, m.start - 20, m.end + 20)) continue;
      const sentence = view.sentenceAt(m.start);
      const before = folded.slice(sentence.start, m.start);
      const sentenceText = folded.slice(sentence.start, sentence.end);
      const near = folded.slice(Math.max(sentence.start, m.start - 40), Math.min(sentence.end, m.end + 30));
      if (SELF_DEPRECATION.test(folded.slice(Math.max(sentence.start, m.start - 15), m.start)) && !SECOND_PERSON.test(before)) continue;
      if (hasMatch(NON_PERSON, folded, Math.max(sentence.start, m.start - 30), m.start) && !SECOND_PERSON.test(near)) continue;
      // "…, Derek." / "Derek, …": a name in the vocative addresses the person as surely as "you" does.
      const vocative = /,\s*[A-Z][a-z]+[.!?]|^\s*[A-Z][a-z]+,\s/.test(text.slice(Math.max(0, sentence.start - 40), Math.min(text.length, sentence.end + 40)));
      const addressed = SECOND_PERSON.test(near) || vocative || /@\w/.test(text.slice(sentence.start, sentence.end));
      // A bare insult sentence ("Two-faced backstabber.") points at whoever the sentence before was about.
      const previous = view.sentenceBefore(sentence);
      const scope: Span = re === INSULT_NOUN && previous && sentence.end - sentence.start < 40 ? { start: previous.start, end: sentence.end } : sentence;
      // "that clown on the board", "what a moron": the insult noun itself points at a person.
      const demonstrative = re === INSULT_NOUN && /\b(?:that|this|what an?|such an?)\s+$/.test(folded.slice(Math.max(0, m.start - 10), m.start));
      if (demonstrative && !hasMatch(NON_PERSON, folded, m.end, Math.min(folded.length, m.end + 15))) {
        hits.push({ start: m.start, end: m.end });
        continue;
      }
      const predicative = COPULA.test(before.slice(-40)) || /^\s*(?:is|was)\b/.test(folded.slice(m.end, m.end + 5));
      const isNoun = re === INSULT_NOUN;
      if (addressed) {
        hits.push({ start: m.start, end: m.end });
        continue;
      }
      // "fat lazy city workers": an insulting adjective right before the people it describes.
      const attributive = !isNoun && /^(?:\s+[\p{L}]+){0,2}\s+(?:workers|guys|people|employees|crew|cops|officers|clerks|drivers|women|men|lady|guy|man|woman)\b/u.test(folded.slice(m.end, m.end + 40));
      if (attributive) {
        hits.push({ start: m.start, end: m.end });
        continue;
      }
      if (!(predicative || isNoun)) continue;
      const thirdPerson = THIRD_PERSON_SUBJECT.test(sentenceText);
      // Names last: compromise is the expensive step.
      const named = thirdPerson || hasMatch(INSULT_TARGETS, folded, scope.start, scope.end) || peopleIn(view, scope).length > 0;
      if (named) hits.push({ start: m.start, end: m.end });
    }
  }
  return hits;
}

// ---- threats
const THREAT = wordList(THREAT_PHRASES);
const VIOLENT = wordList(VIOLENT_VERBS);
const INTENT = wordList(THREAT_INTENT);
const IDIOM = wordList(VIOLENCE_IDIOMS);
const VICTIM = /(?:^|[^\p{L}])(?:you|u|him|her|them|his|your|their|the guy|the lady|the woman|the man|the neighbor|that neighbor|that guy|that lady|that woman|this guy|the next person|whoever|somebody|someone|everyone|every one of them|my boss|my supervisor|my manager|the mayor|the chief|the council)(?:[^\p{L}]|$)/u;

function detectThreats(view: TextView): Hit[] {
  const { folded, text } = view;
  const hits: Hit[] = allMatches(THREAT, folded).map((m) => ({ start: m.start, end: m.end }));
  for (const m of allMatches(VIOLENT, folded)) {
    if (hasMatch(IDIOM, folded, m.start - 25, m.end + 20)) continue;
    const sentence = view.sentenceAt(m.start);
    const before = folded.slice(Math.max(sentence.start, m.start - 30), m.start);
    const after = folded.slice(m.end, Math.min(sentence.end, m.end + 40));
    const victim = VICTIM.test(after) || peopleIn(view, { start: m.end, end: Math.min(sentence.end, m.end + 30) }).length > 0 || /^\s*@\w/.test(text.slice(m.end, m.end + 5));
    if (hasMatch(INTENT, before) && victim) hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

// ---- bias: a protected group + a demeaning generalisation, or a "joke" about one
const GROUP = wordList(PROTECTED_GROUPS);
const GENERALISATION = wordList(GROUP_GENERALISATIONS);
const JOKE = wordList(JOKE_FRAMES);
const GROUP_INSULT = wordList([...INSULT_NOUNS, ...INSULT_ADJECTIVES]);
const ADVOCACY = wordList(ADVOCACY_WORDS);

const NEVER_GROUP = wordList(GROUP_EXCLUSION_VERBS);
const EXCLUDE_GROUP = wordList([...GROUP_EXCLUSION_VERBS, ...GROUP_ADMISSION_VERBS]);
const BLAME = wordList(GROUP_BLAME);
const BIGOTED = wordList(BIAS_PHRASES);
/** Age as a group: "someone over 60", "anyone older than 55". */
const AGE_GROUP = /(?<![\p{L}])(?:someone|anyone|people|workers|employees|guys|women|men|folks|nobody)\s+(?:over|older than|past)\s+\d{2}(?!\d)/gu;
const TRAITS = wordList(STEREOTYPE_TRAITS);
const QUANTIFIED = /(?:every|all|most|typical|these|those|all the|every single|always the|it's always the|why is it always the)\s+$/;
/** "Typical Mexican crew", "typical woman driver": a stereotype in one word. */
const TYPICAL = /(?:^|[^\p{L}])typical\s+(?:\w+\s+)?$/u;
/** "a deaf guy", "a female fire chief", "some gay dude": a person reduced to a protected trait. */
const TRAIT_PERSON = /(?<![\p{L}])(?:(?:a|an|some|that|this|the)\s+(?:guy|man|woman|lady|person|kid|boss|supervisor)\s+in\s+a\s+wheelchair|(?:asian|black|mexican|hispanic|chinese|indian|arab|muslim|female|women|woman|old|elderly|immigrant|foreign)\s+(?:drivers?|workers?|employees?|cops?|officers?|guys?|people|supervisors?|bosses|boss)|(?:a|an|some|that|this|the|another)\s+(?:deaf|blind|disabled|handicapped|crippled|autistic|gay|lesbian|trans|transgender|black|white|mexican|hispanic|latino|asian|chinese|indian|arab|muslim|jewish|female|woman|lady|girl|old|elderly|fat|foreign|immigrant)\s+(?:guy|man|woman|lady|girl|dude|person|kid|boss|chief|cop|officer|driver|worker|employee|hire|supervisor|firefighter|director|manager))(?![\p{L}])/gu;

function detectBias(view: TextView): Hit[] {
  const { folded } = view;
  const hits: Hit[] = [];
  for (const m of allMatches(BIGOTED, folded)) hits.push({ start: m.start, end: m.end });
  const groups = [...allMatches(GROUP, folded), ...allMatches(AGE_GROUP, folded), ...allMatches(TRAIT_PERSON, folded)];
  for (const g of groups) {
    const sentence = view.sentenceAt(g.start);
    const after: Span = { start: g.end, end: Math.min(sentence.end, g.end + 60) };
    const generalises = hasMatch(GENERALISATION, folded, after.start, after.end);
    const insulted = hasMatch(GROUP_INSULT, folded, after.start, after.end) && /\b(?:are|r|is|=|all)\b/.test(folded.slice(g.end, g.end + 30));
    const typical = TYPICAL.test(folded.slice(Math.max(sentence.start, g.start - 10), g.start));
    const traitPerson = /^(?:a|an|some|that|this|the|another)\s|\s(?:drivers?|workers?|employees?|cops?|officers?|guys?|people|supervisors?|bosses|boss)$/.test(g.text);
    // A person reduced to a trait, in a post that mocks or blames ("dumbest idea", "imagine a female chief. we'd all burn").
    const mocked = traitPerson && (valence(folded, { start: sentence.start, end: Math.min(folded.length, sentence.end + 40) }).worst <= -2 || /imagine|lol|lmao|😂|🤣|am i right|amirite|how's (?:he|she) supposed to|how is (?:he|she) supposed to/.test(folded.slice(sentence.start, sentence.end)) || hasMatch(BLAME, folded, sentence.start, Math.min(folded.length, sentence.end + 40)));
    // "Mexicans run every crew … cheap and sloppy": a plural group and a stereotyped trait in one sentence.
    const pluralGroup = /s$/.test(g.text) && !/^(?:a|an|the|some|that|this|another)\s/.test(g.text);
    const traitAnywhere = pluralGroup && hasMatch(TRAITS, folded, g.end, sentence.end);
    const quantified = QUANTIFIED.test(folded.slice(Math.max(sentence.start, g.start - 25), g.start));
    const stereotyped = typical || mocked || (quantified && (hasMatch(TRAITS, folded, g.end, sentence.end) || /^\s+who\b/.test(folded.slice(g.end, g.end + 5))));
    const joke = hasMatch(JOKE, folded, sentence.start, sentence.end);
    const blamed = hasMatch(BLAME, folded, Math.max(0, sentence.start - 60), Math.min(folded.length, sentence.end + 60));
    const acted = hasMatch(EXCLUDE_GROUP, folded, Math.max(sentence.start, g.start - 30), g.start) && blamed;
    const never = hasMatch(NEVER_GROUP, folded, Math.max(sentence.start, g.start - 30), g.start);
    if (!(generalises || insulted || never || acted || stereotyped || traitAnywhere || joke)) continue;
    if (hasMatch(ADVOCACY, folded, sentence.start, sentence.end)) continue;
    hits.push({ start: g.start, end: Math.max(g.end, trimTo(folded, g.start, after.end)) });
  }
  return hits;
}

function trimTo(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?]/.test(text[e - 1]!)) e--;
  return e;
}

// ---- sexual remarks about people
const SEXUAL = wordList(SEXUAL_TERMS);
const SEX_TARGET = wordList(SEXUAL_TARGETS);
const NOT_SEXUAL = wordList(NOT_SEXUAL_TERMS);
const SELF_SEXUAL = /(?:^|[^\p{L}])(?:i|i'm|im|me|my|we|our|us|myself)\s+(?:\w+\s+){0,2}$/u;

function detectSexual(view: TextView): Hit[] {
  const { folded } = view;
  const hits: Hit[] = [];
  for (const m of allMatches(SEXUAL, folded)) {
    if (hasMatch(NOT_SEXUAL, folded, m.start - 20, m.end + 20)) continue;
    const sentence = view.sentenceAt(m.start);
    const target = hasMatch(SEX_TARGET, folded, sentence.start, sentence.end) || peopleIn(view, sentence).length > 0;
    if (!target) continue;
    if (SELF_SEXUAL.test(folded.slice(Math.max(sentence.start, m.start - 20), m.start)) && !hasMatch(SEX_TARGET, folded, sentence.start, sentence.end)) continue;
    hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

export function detectAbuse(input: DetectorInput, params: AbuseParams): Hit[] {
  const hits: Hit[] = [];
  for (const form of params.forms) {
    if (form === 'insult') hits.push(...detectInsults(input.view));
    if (form === 'threat') hits.push(...detectThreats(input.view));
    if (form === 'bias') hits.push(...detectBias(input.view));
    if (form === 'sexual') hits.push(...detectSexual(input.view));
  }
  return hits;
}


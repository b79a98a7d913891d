/**
 * `abuse`: harassment that needs no swear word — insults aimed at a person,
 * threats and intimidation, demeaning generalisations about protected groups
 * (with or without a slur), and sexual remarks about people.
 */
import { nameWordsOf } from '../names-nlp';
import { peopleIn } from '../people';
import { valence } from '../valence';
import { literalAlternation, type Span, type TextView } from '../text';
import type { Vocabulary } from '../vocabulary/base';
import { allMatches, hasMatch, memoByVocabulary, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import type { AbuseParams } from './params';

// ---- insults: "you idiot", "she's a pathetic cow", "what a moron Dave is", "@dave you clown"
export const insultLists = memoByVocabulary((v: Vocabulary) => ({
  noun: wordList(v['insult-nouns'].phrases),
  adjective: wordList(v['insult-adjectives'].phrases),
  nonPerson: wordList(v['non-person-targets'].phrases),
  /** Where an insult word is not an insult ("control freak", "trash pickup", "crazy busy"): both lists' exceptions clear a hit of either. */
  notInsult: wordList([...(v['insult-nouns'].exceptions ?? []), ...(v['insult-adjectives'].exceptions ?? [])]),
  targets: wordList([...v['workplace-roles'].phrases, ...v['insult-targets'].phrases]),
  /** Insult nouns that are everyday things too ("trash", "animals"): said of a person or not at all. */
  literal: new Set(v['literal-insult-nouns'].phrases),
  names: nameWordsOf(v),
  /** Someone other than the reader: "he", "that lady", "the guy". */
  thirdPerson: wholeWords(v['third-person-subjects'].phrases),
  /** "fat lazy city workers": up to two words, then the people an insulting adjective describes. */
  describedPeople: new RegExp(String.raw`^(?:\s+[\p{L}]+){0,2}\s+(?:${literalAlternation(v['described-people'].phrases)})\b`, 'u'),
}));

/** A regular expression for any of the phrases as whole words (no letter on either side). */
function wholeWords(phrases: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}])(?:${literalAlternation(phrases)})(?:[^\\p{L}]|$)`, 'u');
}

// Spanish too, as folded (accents dropped: "tú" reads "tu"): tú/tu, usted(es), eres, seas.
const SECOND_PERSON = /(?:^|[^\p{L}])(?:you|u|ya|your|ur|you're|youre|yall|y'all|tu|usted|ustedes|eres|seas)(?:[^\p{L}]|$)/u;
/** "…is a total idiot", and Spanish's "…es un inútil", "son bien flojos". */
const COPULA = /(?:\bis|\bare|\bwas|\bwere|'s|'re|\bbeing|\bbe|\bsuch|\bwhat an?|\bwhat a total|\blike an?|\bcalled (?:him|her|them|me) an?|\bes|\bson|\bera|\beran|\bfue)\s+(?:an?\s+|such an?\s+|so\s+|a total\s+|a complete\s+|an absolute\s+|a real\s+|a fat\s+|a stupid\s+|a lazy\s+|the biggest\s+|(?:un|una|unos|unas|bien|muy|tan|re)\s+)?(?:\w+\s+)?$/;
/** "you animals", "live like animals", "human trash", "bunch of clowns", "…, clown": a name called at people. */
const CALLED_BEFORE = /(?:(?:^|[^\p{L}])(?:you|u|ya|y'all|yall|ustedes|tu|bola de|bunch of|buncha|pack of|human|inbred|swamp|street|ghetto)|\blike(?:\s+\p{L}+)?|,)\s+$/u;
/** "trash people", "animals fr", "clown 🤡" ending the sentence: the word is about the people. */
const CALLED_AFTER = /^(?:\s+(?:people|folks|humans|fr|for real)\b|\s*[^\p{L}\s]*\s*$)/u;
/** "the council's new garbage fee": a possessive, not "he's trash" (the copula after a pronoun). */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?!(?:he|she|it|that|who|what|this|there|everybody|everyone|somebody|someone)')\p{L}+'s\s+(?:\p{L}+\s+)?$/u;
function saidOfPeople(before: string, after: string): boolean {
  return CALLED_BEFORE.test(before.slice(-24)) || CALLED_AFTER.test(after);
}
const SELF_DEPRECATION = /(?:^|[^\p{L}])(?:i'm|im|i am|i was|i feel|i felt|i'm such|me|myself|i'm so|i was so|i'm an|i'm a|call me|soy|fui|me siento|me senti|yo)(?:[^\p{L}]|$)/u;

function detectInsults(view: TextView, lists: ReturnType<typeof insultLists>): Hit[] {
  const { folded, text } = view;
  const hits: Hit[] = [];
  for (const re of [lists.noun, lists.adjective]) {
    const isNoun = re === lists.noun;
    for (const m of allMatches(re, folded)) {
      if (hasMatch(lists.notInsult, folded, m.start - 20, m.end + 20)) continue;
      const sentence = view.sentenceAt(m.start);
      const before = folded.slice(sentence.start, m.start);
      const sentenceText = folded.slice(sentence.start, sentence.end);
      const near = folded.slice(Math.max(sentence.start, m.start - 40), Math.min(sentence.end, m.end + 30));
      if (SELF_DEPRECATION.test(folded.slice(Math.max(sentence.start, m.start - 15), m.start)) && !SECOND_PERSON.test(before)) continue;
      if (hasMatch(lists.nonPerson, folded, Math.max(sentence.start, m.start - 30), m.start) && !SECOND_PERSON.test(near)) continue;
      // "…, Derek." / "Derek, …": a name in the vocative addresses the person as surely as "you" does.
      const vocative = /,\s*[A-Z][a-z]+[.!?]|^\s*[A-Z][a-z]+,\s/.test(text.slice(Math.max(0, sentence.start - 40), Math.min(text.length, sentence.end + 40)));
      const addressed = SECOND_PERSON.test(near) || vocative || /@\w/.test(text.slice(sentence.start, sentence.end));
      // A bare insult sentence ("Two-faced backstabber.") points at whoever the sentence before was about.
      const previous = view.sentenceBefore(sentence);
      const scope: Span = isNoun && previous && sentence.end - sentence.start < 40 ? { start: previous.start, end: sentence.end } : sentence;
      // "that clown on the board", "what a moron": the insult noun itself points at a person.
      const demonstrative = isNoun && /\b(?:that|this|what an?|such an?)\s+$/.test(folded.slice(Math.max(0, m.start - 10), m.start));
      if (demonstrative && !hasMatch(lists.nonPerson, folded, m.end, Math.min(folded.length, m.end + 15))) {
        hits.push({ start: m.start, end: m.end });
        continue;
      }
      const predicative = COPULA.test(before.slice(-40)) || /^\s*(?:is|was)\b/.test(folded.slice(m.end, m.end + 5));
      // "talking trash", "the garbage fee", "loved more animals": the thing, not a name called, unless said of someone
      // ("he's trash", "you animals", "ustedes payasos").
      if (isNoun && lists.literal.has(m.text) && !(predicative && !POSSESSIVE_BEFORE.test(before.slice(-30))) && !saidOfPeople(before, folded.slice(m.end, Math.min(sentence.end, m.end + 12)))) continue;
      if (addressed) {
        hits.push({ start: m.start, end: m.end });
        continue;
      }
      // "fat lazy city workers": an insulting adjective right before the people it describes.
      const attributive = !isNoun && lists.describedPeople.test(folded.slice(m.end, m.end + 40));
      if (attributive) {
        hits.push({ start: m.start, end: m.end });
        continue;
      }
      if (!(predicative || isNoun)) continue;
      const thirdPerson = lists.thirdPerson.test(sentenceText);
      // Names last: compromise is the expensive step.
      const named = thirdPerson || hasMatch(lists.targets, folded, scope.start, scope.end) || peopleIn(view, scope, lists.names).length > 0;
      if (named) hits.push({ start: m.start, end: m.end });
    }
  }
  return hits;
}

// ---- threats
const threatLists = memoByVocabulary((v: Vocabulary) => ({
  threat: wordList(v['threat-phrases'].phrases),
  violent: wordList(v['violent-verbs'].phrases),
  intent: wordList(v['threat-intent'].phrases),
  idiom: wordList(v['violent-verbs'].exceptions ?? []),
  names: nameWordsOf(v),
  /** Who a threat can be aimed at: "you", "the next person", "my supervisor". */
  victim: wholeWords(v['threat-victims'].phrases),
}));

function detectThreats(view: TextView, lists: ReturnType<typeof threatLists>): Hit[] {
  const { folded, text } = view;
  const hits: Hit[] = allMatches(lists.threat, folded).map((m) => ({ start: m.start, end: m.end }));
  for (const m of allMatches(lists.violent, folded)) {
    if (hasMatch(lists.idiom, folded, m.start - 25, m.end + 20)) continue;
    const sentence = view.sentenceAt(m.start);
    const before = folded.slice(Math.max(sentence.start, m.start - 30), m.start);
    const after = folded.slice(m.end, Math.min(sentence.end, m.end + 40));
    const victim = lists.victim.test(after) || peopleIn(view, { start: m.end, end: Math.min(sentence.end, m.end + 30) }, lists.names).length > 0 || /^\s*@\w/.test(text.slice(m.end, m.end + 5));
    if (hasMatch(lists.intent, before) && victim) hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

// ---- bias: a protected group + a demeaning generalisation, or a "joke" about one
const biasLists = memoByVocabulary((v: Vocabulary) => ({
  group: wordList(v['protected-groups'].phrases),
  generalisation: wordList(v['group-generalisations'].phrases),
  joke: wordList(v['joke-frames'].phrases),
  insult: wordList([...v['insult-nouns'].phrases, ...v['insult-adjectives'].phrases]),
  advocacy: wordList(v.advocacy.phrases),
  never: wordList(v['group-exclusion-verbs'].phrases),
  exclude: wordList([...v['group-exclusion-verbs'].phrases, ...v['group-admission-verbs'].phrases]),
  blame: wordList(v['group-blame'].phrases),
  bigoted: wordList(v['bias-phrases'].phrases),
  traits: wordList(v['stereotype-traits'].phrases),
  /** Age as a group: "someone over 60", "anyone older than 55". */
  ageGroup: new RegExp(`(?<![\\p{L}])(?:${literalAlternation(v['age-group-people'].phrases)})\\s+(?:over|older than|past)\\s+\\d{2}(?!\\d)`, 'gu'),
  traitPerson: traitPersonPattern(v),
  /** The roles that end a trait group: "… drivers", "… cops". */
  groupRoleAtEnd: new RegExp(`\\s(?:${literalAlternation(v['trait-group-roles'].phrases)})$`),
}));

/** "a deaf guy", "a female fire chief", "mexican drivers", "a guy in a wheelchair": a person or group reduced to a protected trait. */
function traitPersonPattern(v: Vocabulary): RegExp {
  const person = literalAlternation(v['trait-person-nouns'].phrases);
  const wheelchair = `(?:a|an|some|that|this|the)\\s+(?:${person})\\s+in\\s+a\\s+wheelchair`;
  const group = `(?:${literalAlternation(v['trait-group-words'].phrases)})\\s+(?:${literalAlternation(v['trait-group-roles'].phrases)})`;
  const single = `(?:a|an|some|that|this|the|another)\\s+(?:${literalAlternation(v['protected-traits'].phrases)})\\s+(?:${person})`;
  return new RegExp(`(?<![\\p{L}])(?:${wheelchair}|${group}|${single})(?![\\p{L}])`, 'gu');
}
const QUANTIFIED = /(?:every|all|most|typical|these|those|all the|every single|always the|it's always the|why is it always the)\s+$/;
/** "Typical Mexican crew", "typical woman driver": a stereotype in one word. */
const TYPICAL = /(?:^|[^\p{L}])typical\s+(?:\w+\s+)?$/u;

function detectBias(view: TextView, lists: ReturnType<typeof biasLists>): Hit[] {
  const { folded } = view;
  const hits: Hit[] = [];
  for (const m of allMatches(lists.bigoted, folded)) hits.push({ start: m.start, end: m.end });
  const groups = [...allMatches(lists.group, folded), ...allMatches(lists.ageGroup, folded), ...allMatches(lists.traitPerson, folded)];
  for (const g of groups) {
    const sentence = view.sentenceAt(g.start);
    const after: Span = { start: g.end, end: Math.min(sentence.end, g.end + 60) };
    const generalises = hasMatch(lists.generalisation, folded, after.start, after.end);
    const insulted = hasMatch(lists.insult, folded, after.start, after.end) && /\b(?:are|r|is|=|all)\b/.test(folded.slice(g.end, g.end + 30));
    const typical = TYPICAL.test(folded.slice(Math.max(sentence.start, g.start - 10), g.start));
    const traitPerson = /^(?:a|an|some|that|this|the|another)\s/.test(g.text) || lists.groupRoleAtEnd.test(g.text);
    // A person reduced to a trait, in a post that mocks or blames ("dumbest idea", "imagine a female chief. we'd all burn").
    const mocked = traitPerson && (valence(folded, { start: sentence.start, end: Math.min(folded.length, sentence.end + 40) }).worst <= -2 || /imagine|lol|lmao|😂|🤣|am i right|amirite|how's (?:he|she) supposed to|how is (?:he|she) supposed to/.test(folded.slice(sentence.start, sentence.end)) || hasMatch(lists.blame, folded, sentence.start, Math.min(folded.length, sentence.end + 40)));
    // "Mexicans run every crew … cheap and sloppy": a plural group and a stereotyped trait in one sentence.
    const pluralGroup = /s$/.test(g.text) && !/^(?:a|an|the|some|that|this|another)\s/.test(g.text);
    const traitAnywhere = pluralGroup && hasMatch(lists.traits, folded, g.end, sentence.end);
    const quantified = QUANTIFIED.test(folded.slice(Math.max(sentence.start, g.start - 25), g.start));
    const stereotyped = typical || mocked || (quantified && (hasMatch(lists.traits, folded, g.end, sentence.end) || /^\s+who\b/.test(folded.slice(g.end, g.end + 5))));
    const joke = hasMatch(lists.joke, folded, sentence.start, sentence.end);
    const blamed = hasMatch(lists.blame, folded, Math.max(0, sentence.start - 60), Math.min(folded.length, sentence.end + 60));
    const acted = hasMatch(lists.exclude, folded, Math.max(sentence.start, g.start - 30), g.start) && blamed;
    const never = hasMatch(lists.never, folded, Math.max(sentence.start, g.start - 30), g.start);
    if (!(generalises || insulted || never || acted || stereotyped || traitAnywhere || joke)) continue;
    if (hasMatch(lists.advocacy, folded, sentence.start, sentence.end)) continue;
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
const sexualLists = memoByVocabulary((v: Vocabulary) => ({
  sexual: wordList(v['sexual-terms'].phrases),
  target: wordList(v['sexual-targets'].phrases),
  notSexual: wordList(v['sexual-terms'].exceptions ?? []),
  names: nameWordsOf(v),
}));
const SELF_SEXUAL = /(?:^|[^\p{L}])(?:i|i'm|im|me|my|we|our|us|myself)\s+(?:\w+\s+){0,2}$/u;

function detectSexual(view: TextView, lists: ReturnType<typeof sexualLists>): Hit[] {
  const { folded } = view;
  const hits: Hit[] = [];
  for (const m of allMatches(lists.sexual, folded)) {
    if (hasMatch(lists.notSexual, folded, m.start - 20, m.end + 20)) continue;
    const sentence = view.sentenceAt(m.start);
    const target = hasMatch(lists.target, folded, sentence.start, sentence.end) || peopleIn(view, sentence, lists.names).length > 0;
    if (!target) continue;
    if (SELF_SEXUAL.test(folded.slice(Math.max(sentence.start, m.start - 20), m.start)) && !hasMatch(lists.target, folded, sentence.start, sentence.end)) continue;
    hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

export function detectAbuse(input: DetectorInput, params: AbuseParams): Hit[] {
  const { view, vocabulary } = input;
  const hits: Hit[] = [];
  for (const form of params.forms) {
    if (form === 'insult') hits.push(...detectInsults(view, insultLists(vocabulary)));
    if (form === 'threat') hits.push(...detectThreats(view, threatLists(vocabulary)));
    if (form === 'bias') hits.push(...detectBias(view, biasLists(vocabulary)));
    if (form === 'sexual') hits.push(...detectSexual(view, sexualLists(vocabulary)));
  }
  return hits;
}


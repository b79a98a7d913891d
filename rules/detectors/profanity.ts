/**
 * `profanity`: obscenity and slurs, robust to leetspeak, look-alike characters
 * and stretched letters (the `obscenity` library's transformers and whitelist),
 * plus censored spellings ("f***ing"). Swearing that attacks no one ("this
 * traffic is f***ing unreal") is softened to info; slurs and swearing at a
 * person are not.
 */
import type { DataSet, MatchPayload, RegExpMatcher } from 'obscenity';
import { obscenity } from '../deferred-libraries.cjs';
import { profanityPrefilter } from './profanity-prefilter';
import { spanishSwearing } from './spanish-swearing';
import type { Vocabulary, VocabularyList } from '../vocabulary/base';
import { allMatches, hasMatch, memoByVocabulary, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import type { ProfanityParams } from './params';

interface ProfanityMatcher {
  dataset: DataSet<{ originalWord: string }>;
  matcher: RegExpMatcher;
  mayMatch: (paragraph: string) => boolean;
}

/**
 * obscenity's matcher compiles hundreds of patterns: built on the first check, not when a page loads the
 * checker, and once per list of words it leaves out (every pack that keeps the bundled list shares one).
 */
const matchers = new WeakMap<VocabularyList, ProfanityMatcher>();

/** `notProfanity`: clinical or everyday words in obscenity's list that are not swearing in a post ("sex discrimination"); its exceptions, words that only contain one ("cumpleaños"). */
function profanityMatcher(notProfanity: VocabularyList): ProfanityMatcher {
  let built = matchers.get(notProfanity);
  if (!built) {
    const library = obscenity();
    const { DataSet, englishDataset, englishRecommendedTransformers, RegExpMatcher } = library;
    const leftOut = new Set(notProfanity.phrases);
    const dataset = new DataSet<{ originalWord: string }>()
      .addAll(englishDataset)
      .removePhrasesIf((phrase) => leftOut.has(phrase.metadata?.originalWord ?? ''));
    // Words that contain a listed word but are not swearing ("cumpleaños"): obscenity's whitelist, which holds for every phrase.
    const notSwearing = notProfanity.exceptions ?? [];
    if (notSwearing.length) dataset.addPhrase((phrase) => notSwearing.reduce((p, term) => p.addWhitelistedTerm(term), phrase));
    built = {
      dataset,
      matcher: new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers }),
      mayMatch: profanityPrefilter(library, dataset, englishRecommendedTransformers.blacklistMatcherTransformers ?? []),
    };
    matchers.set(notProfanity, built);
  }
  return built;
}

const swearLists = memoByVocabulary((v: Vocabulary) => ({
  /** Slurs: always a finding at the rule's severity. */
  slurs: new Set(v['obscenity-slurs'].phrases),
  /** Swear words that are themselves insults aimed at a person. */
  personInsults: new Set(v['obscenity-person-insults'].phrases),
  extraSlurs: wordList(v.slurs.phrases),
  aimed: wordList([...v['second-person'].phrases, ...v['person-references'].phrases, ...v['workplace-roles'].phrases]),
}));

/**
 * obscenity's matches in the draft, paragraph by paragraph, and only in the
 * paragraphs its prefilter lets through (one in twenty of the corpus's and
 * long drafts'). Its patterns never span a line break, but for a wildcard
 * letter ("f?ck") — a line break in the middle of a word is not counted as one.
 */
function obscenityMatches(text: string, { matcher, mayMatch }: ProfanityMatcher): MatchPayload[] {
  const out: MatchPayload[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const paragraph = text.slice(start, end);
    if (paragraph && mayMatch(paragraph)) {
      for (const m of matcher.getAllMatches(paragraph, true)) out.push({ ...m, startIndex: m.startIndex + start, endIndex: m.endIndex + start });
    }
    start = end + 1;
  }
  return out;
}

/** Swearing aimed at no one: a note only (rules/checker-words.ts has its Spanish). */
const NOT_AIMED = { soften: 2, note: 'Swearing that is not aimed at anyone is only a note, but some policies still ask for none.' } as const;

/** "ese güey es bien pendejo", "son unos culeros": Spanish swearing said of someone (not "soy bien pendejo", "está cabrón" = it's hard). */
const SAID_OF_SOMEONE = /(?:^|[^\p{L}])(?:es|son|era|eran|fue|fueron|sea|sean)\s+(?:(?:un|una|unos|unas|bien|muy|tan|todo|toda|re|tremendo|tremenda|pinche|pinches)\s+){0,2}$/u;

/** Censored swearing: f***, f**king, sh*t, b*tch, a**hole, etc. */
const CENSORED = /(?<![\p{L}])(?:f[*#@$%!]{2,3}(?:k|ing|in|ed|er|ers|kin|king)?|f[*#@$]ck(?:ing|in|ed|er)?|f[u*][*#@$]k(?:ing|in|ed|er)?|sh[*#@$!1]t(?:ty|s)?|b[*#@$!1]tch(?:es|y)?|a[*#@$]{2}(?:hole)?|a[*#@$]{2}holes?|d[*#@$]ck|c[*#@$]nt|wtf|stfu|gtfo)(?![\p{L}])/giu;
const CENSORED_INSULT = /b[*#@$!1]tch|a[*#@$]{2}hole|d[*#@$]ck|c[*#@$]nt/i;

function wordOf(dataset: DataSet<{ originalWord: string }>, payload: MatchPayload): string {
  return dataset.getPayloadWithPhraseMetadata(payload).phraseMetadata?.originalWord ?? '';
}

export function detectProfanity(input: DetectorInput, params: ProfanityParams): Hit[] {
  const { text, folded } = input.view;
  const lists = swearLists(input.vocabulary);
  const hits: Hit[] = [];
  const aimedAt = (start: number) => {
    const sentence = input.view.sentenceAt(start);
    return hasMatch(lists.aimed, folded, sentence.start, sentence.end) || /@\w/.test(text.slice(sentence.start, sentence.end));
  };
  const obscene = profanityMatcher(input.vocabulary['obscenity-not-profanity']);
  for (const payload of obscenityMatches(text, obscene)) {
    const word = wordOf(obscene.dataset, payload);
    const start = payload.startIndex;
    const end = payload.endIndex + 1;
    if (lists.slurs.has(word)) {
      hits.push({ start, end });
      continue;
    }
    if (params.slursOnly) continue;
    const aimed = lists.personInsults.has(word) || aimedAt(start);
    hits.push(aimed ? { start, end } : { start, end, ...NOT_AIMED });
  }
  for (const swear of spanishSwearing(folded, input.vocabulary)) {
    if (swear.slur) {
      hits.push({ start: swear.start, end: swear.end });
      continue;
    }
    if (params.slursOnly) continue;
    const sentence = input.view.sentenceAt(swear.start);
    // "pinche" only intensifies ("es un pinche coladera" of a goalkeeper): aimed only when someone is addressed or named.
    const saidOf = swear.word !== 'pinche' && SAID_OF_SOMEONE.test(folded.slice(Math.max(sentence.start, swear.start - 40), swear.start));
    const aimed = lists.personInsults.has(swear.word) || aimedAt(swear.start) || saidOf;
    hits.push(aimed ? { start: swear.start, end: swear.end } : { start: swear.start, end: swear.end, ...NOT_AIMED });
  }
  for (const m of allMatches(lists.extraSlurs, folded)) hits.push({ start: m.start, end: m.end });
  if (!params.slursOnly) {
    for (const m of allMatches(CENSORED, text)) {
      const aimed = CENSORED_INSULT.test(m.text) || aimedAt(m.start);
      hits.push(aimed ? { start: m.start, end: m.end } : { start: m.start, end: m.end, ...NOT_AIMED });
    }
  }
  return hits;
}

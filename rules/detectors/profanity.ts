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
import { allMatches, hasMatch, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import { phrases as NOT_PROFANITY_WORDS } from '../vocabulary/obscenity-not-profanity.json';
import { phrases as PERSON_INSULT_WORDS } from '../vocabulary/obscenity-person-insults.json';
import { phrases as SLUR_WORDS } from '../vocabulary/obscenity-slurs.json';
import { phrases as PERSON_REFERENCES } from '../vocabulary/person-references.json';
import { phrases as EXTRA_SLUR_WORDS } from '../vocabulary/slurs.json';
import { phrases as WORKPLACE_ROLES } from '../vocabulary/workplace-roles.json';
import type { ProfanityParams } from './params';

/** Slurs: always a finding at the rule's severity. */
const SLURS = new Set(SLUR_WORDS);
/** Clinical or everyday words in obscenity's list that are not swearing in a post ("sex discrimination"). */
const NOT_PROFANITY = new Set(NOT_PROFANITY_WORDS);
/** Swear words that are themselves insults aimed at a person. */
const PERSON_INSULTS = new Set(PERSON_INSULT_WORDS);

/** obscenity's matcher compiles hundreds of patterns: built on the first check, not when a page loads the checker. */
let built: { dataset: DataSet<{ originalWord: string }>; matcher: RegExpMatcher; mayMatch: (paragraph: string) => boolean } | undefined;

function profanityMatcher(): NonNullable<typeof built> {
  if (!built) {
    const library = obscenity();
    const { DataSet, englishDataset, englishRecommendedTransformers, RegExpMatcher } = library;
    const dataset = new DataSet<{ originalWord: string }>()
      .addAll(englishDataset)
      .removePhrasesIf((phrase) => NOT_PROFANITY.has(phrase.metadata?.originalWord ?? ''));
    built = {
      dataset,
      matcher: new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers }),
      mayMatch: profanityPrefilter(library, dataset, englishRecommendedTransformers.blacklistMatcherTransformers ?? []),
    };
  }
  return built;
}

/**
 * obscenity's matches in the draft, paragraph by paragraph, and only in the
 * paragraphs its prefilter lets through (one in twenty of the corpus's and
 * long drafts'). Its patterns never span a line break, but for a wildcard
 * letter ("f?ck") — a line break in the middle of a word is not counted as one.
 */
function obscenityMatches(text: string): MatchPayload[] {
  const { matcher, mayMatch } = profanityMatcher();
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

const EXTRA_SLURS = wordList(EXTRA_SLUR_WORDS);
/** Censored swearing: f***, f**king, sh*t, b*tch, a**hole, etc. */
const CENSORED = /(?<![\p{L}])(?:f[*#@$%!]{2,3}(?:k|ing|in|ed|er|ers|kin|king)?|f[*#@$]ck(?:ing|in|ed|er)?|f[u*][*#@$]k(?:ing|in|ed|er)?|sh[*#@$!1]t(?:ty|s)?|b[*#@$!1]tch(?:es|y)?|a[*#@$]{2}(?:hole)?|a[*#@$]{2}holes?|d[*#@$]ck|c[*#@$]nt|wtf|stfu|gtfo)(?![\p{L}])/giu;
const CENSORED_INSULT = /b[*#@$!1]tch|a[*#@$]{2}hole|d[*#@$]ck|c[*#@$]nt/i;

const AIMED = wordList(['you', 'your', "you're", 'youre', 'u', 'ur', 'yall', "y'all", 'ya', ...PERSON_REFERENCES, ...WORKPLACE_ROLES]);

function wordOf(dataset: DataSet<{ originalWord: string }>, payload: MatchPayload): string {
  return dataset.getPayloadWithPhraseMetadata(payload).phraseMetadata?.originalWord ?? '';
}

export function detectProfanity(input: DetectorInput, params: ProfanityParams): Hit[] {
  const { text, folded } = input.view;
  const hits: Hit[] = [];
  const aimedAt = (start: number) => {
    const sentence = input.view.sentenceAt(start);
    return hasMatch(AIMED, folded, sentence.start, sentence.end) || /@\w/.test(text.slice(sentence.start, sentence.end));
  };
  const { dataset } = profanityMatcher();
  for (const payload of obscenityMatches(text)) {
    const word = wordOf(dataset, payload);
    const start = payload.startIndex;
    const end = payload.endIndex + 1;
    if (SLURS.has(word)) {
      hits.push({ start, end });
      continue;
    }
    if (params.slursOnly) continue;
    const aimed = PERSON_INSULTS.has(word) || aimedAt(start);
    hits.push(aimed ? { start, end } : { start, end, soften: 2, note: 'Swearing that is not aimed at anyone is only a note, but some policies still ask for none.' });
  }
  for (const m of allMatches(EXTRA_SLURS, folded)) hits.push({ start: m.start, end: m.end });
  if (!params.slursOnly) {
    for (const m of allMatches(CENSORED, text)) {
      const aimed = CENSORED_INSULT.test(m.text) || aimedAt(m.start);
      hits.push(aimed ? { start: m.start, end: m.end } : { start: m.start, end: m.end, soften: 2, note: 'Swearing that is not aimed at anyone is only a note, but some policies still ask for none.' });
    }
  }
  return hits;
}

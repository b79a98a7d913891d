/**
 * Spanish swearing and slurs (rules/vocabulary/spanish-swearing.json and
 * spanish-slurs.json) found the way English swearing is: through obscenity's
 * matcher with its leetspeak and look-alike transformers ("p3nd3j0",
 * "c@bron"), plus masked spellings ("p*nd*jo", "ch#nga"). obscenity's own
 * dataset is English, so the Spanish lists are a dataset of their own, run on
 * the folded draft (same offsets, accents dropped: "cabrón" reads "cabron").
 * Each phrase matches the words it begins ("pendej" → "pendejos"); a word
 * list's exceptions ("a toda madre", "chingón") are obscenity's whitelist.
 */
import type { DataSet, RegExpMatcher } from 'obscenity';
import { obscenity } from '../deferred-libraries.cjs';
import { foldText } from '../fold';
import { escapeRegExp, type Span } from '../text';
import type { Vocabulary } from '../vocabulary/base';
import { allMatches, hasMatch, memoByVocabulary, wordList } from './match';
import { profanityPrefilter } from './profanity-prefilter';

export interface SpanishSwear extends Span {
  /** The list's phrase, folded ("pendej", "hijo de puta"). */
  word: string;
  slur: boolean;
}

interface SpanishMatcher {
  dataset: DataSet<{ originalWord: string; slur: boolean }>;
  matcher: RegExpMatcher;
  mayMatch: (text: string) => boolean;
  /** Masked spellings: the first letter as written, then letters or mask characters, at least one of them a mask. */
  masked: { swear: RegExp; slur: RegExp };
  exceptions: ReturnType<typeof wordList>;
}

/** A word with a mask character after its first letter and a letter after the mask ("p*nd*jo", "ch#nga"; not "wow!"). */
const MASKED_WORD = /(?<![\p{L}*#%_@$!])\p{L}[\p{L}*#%_@$!]*[*#%_@$!][\p{L}*#%_@$!]*\p{L}(?![\p{L}*#%_@$!])/gu;

/** Characters people put in a word to mask it ("p*nd*jo", "ch#nga"); leetspeak ("@", "$", "!", digits) is obscenity's. */
const MASK = '[*#%_@$!]';

function maskedPattern(word: string): string {
  const letters = [...word];
  return escapeRegExp(letters[0]!) + letters.slice(1).map((c) => (c === ' ' ? '\\s+' : `(?:${escapeRegExp(c)}|${MASK})`)).join('');
}

/** Built on the first check that needs it, once per resolved vocabulary (obscenity compiles a pattern per word). */
const spanishMatcher = memoByVocabulary((v: Vocabulary): SpanishMatcher => {
  const library = obscenity();
  const { DataSet, englishRecommendedTransformers, RegExpMatcher, parseRawPattern } = library;
  const swearing = v['spanish-swearing'].phrases.map(foldText);
  const slurs = v['spanish-slurs'].phrases.map(foldText);
  const exceptions = (v['spanish-swearing'].exceptions ?? []).map(foldText);
  const dataset = new DataSet<{ originalWord: string; slur: boolean }>();
  const words = [...swearing.map((w) => ({ w, slur: false })), ...slurs.map((w) => ({ w, slur: true }))].filter(({ w }) => /^[a-zñ ]+$/.test(w));
  words.forEach(({ w, slur }, i) =>
    dataset.addPhrase((phrase) => {
      // A start boundary only: a phrase matches the words it begins, never the middle of one ("computadora").
      phrase.setMetadata({ originalWord: w, slur }).addPattern(parseRawPattern(`|${w}`));
      if (i === 0) for (const term of exceptions) phrase.addWhitelistedTerm(term);
      return phrase;
    }),
  );
  const transformers = englishRecommendedTransformers.blacklistMatcherTransformers ?? [];
  // Four letters at least: "p*to" could be "pato" as easily as anything else.
  const maskedOf = (list: string[]) => {
    const patterns = list.filter((w) => /^[a-zñ ]+$/.test(w) && w.replace(/ /g, '').length >= 4).map(maskedPattern);
    return new RegExp(`^(?:${patterns.length ? patterns.join('|') : '(?!)'})[\\p{L}]*$`, 'u');
  };
  return {
    dataset,
    matcher: new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers }),
    mayMatch: profanityPrefilter(library, dataset, transformers),
    masked: { swear: maskedOf(swearing), slur: maskedOf(slurs) },
    exceptions: wordList(exceptions),
  };
});

/** A phrase matches the words it begins: the finding covers the whole word ("pendejos", not "pendej"). */
function wordEnd(folded: string, end: number): number {
  let e = end;
  while (e < folded.length && /[\p{L}]/u.test(folded[e]!)) e++;
  return e;
}

/** Spanish swear words and slurs in the folded draft, paragraph by paragraph as for English. */
export function spanishSwearing(folded: string, vocabulary: Vocabulary): SpanishSwear[] {
  const spanish = spanishMatcher(vocabulary);
  const out: SpanishSwear[] = [];
  for (let start = 0; start <= folded.length; ) {
    const newline = folded.indexOf('\n', start);
    const end = newline < 0 ? folded.length : newline;
    const paragraph = folded.slice(start, end);
    if (paragraph && spanish.mayMatch(paragraph)) {
      for (const m of spanish.matcher.getAllMatches(paragraph, true)) {
        const meta = spanish.dataset.getPayloadWithPhraseMetadata(m).phraseMetadata;
        out.push({ start: m.startIndex + start, end: wordEnd(folded, m.endIndex + start + 1), word: meta?.originalWord ?? '', slur: meta?.slur === true });
      }
    }
    start = end + 1;
  }
  // Masked spellings are looked for only in words with a mask character inside ("p*nd*jo", not "wow!"): one test per such word.
  for (const word of allMatches(MASKED_WORD, folded)) {
    if (out.some((o) => o.start < word.end && word.start < o.end) || hasMatch(spanish.exceptions, folded, word.start, word.end)) continue;
    const slur = spanish.masked.slur.test(word.text);
    if (slur || spanish.masked.swear.test(word.text)) out.push({ start: word.start, end: word.end, word: '', slur });
  }
  return out;
}

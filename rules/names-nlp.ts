/**
 * Person names in one sentence, found from compromise's own name lists without
 * loading its pre-tagger (which unpacks and conjugates its whole lexicon when
 * it loads: a 200 ms task on every page of the sites, and 140 KB of script).
 * compromise's tokenizer (the "one" build) gives the words, their offsets and
 * its abbreviations ("Sgt.", "Mrs.", "St."); rules/name-lexicon.ts holds its
 * names. Read in context, as compromise's tagger reads them:
 * - first names, last names after them and famous people are names in any case ("caught dave asleep");
 * - words that are names only sometimes ("Ray", "Frank", "Jordan") need a capital and a place
 *   after the sentence's first word, or a last name after them; months ("June") only a last name;
 *   place names ("Austin", "Jordan") are places after "in", "at", "near" or "of";
 * - an honorific ("Sgt.", "Mrs.") or a first name takes the capitalised word after it as the surname;
 * - a capitalised run that goes on into a place or organisation word ("Sherman Avenue",
 *   "Warren County", "Alexandria Fire Department") or follows another capitalised word
 *   ("City Hall", "City of Alexandria", "Christmas Eve") is a place, not a person.
 */
import { unpack } from 'efrt';
import { compromiseOne } from './deferred-libraries.cjs';
import { HONORIFIC_ABBREVIATIONS, PACKED_NAMES } from './name-lexicon';
import { literalAlternation, type Span } from './text';
import { BASE_VOCABULARY, type Vocabulary, type VocabularyList } from './vocabulary/base';

type NameKind = 'first' | 'last' | 'famous' | 'honorific' | 'sometimes' | 'place' | 'month';

const KIND_OF_TAG: Record<keyof typeof PACKED_NAMES, NameKind> = {
  MaleName: 'first',
  FemaleName: 'first',
  FirstName: 'first',
  LastName: 'last',
  Person: 'famous',
  Honorific: 'honorific',
  'Person|Noun': 'sometimes',
  'Person|Verb': 'sometimes',
  'Person|Adj': 'sometimes',
  'Person|Place': 'place',
  'Person|Date': 'month',
};

/** The word lists names are read with (name-titles, place-name-words, team-words), as the pack in use has them. */
export interface NameWords {
  /** Titles that read as honorifics before a capitalised name: "Officer Reyes", "Chief Moore". */
  readonly titles: ReadonlySet<string>;
  /** Words that make a capitalised run a place or an organisation. */
  readonly places: ReadonlySet<string>;
  /** "Jen from payroll", "Mike in IT", "Dave in Records": a capitalised word right before a team is a name. */
  readonly nameAtWork: RegExp;
}

/** By the three lists themselves: a pack that changes none shares the bundled name words (and people.ts's memo of names). */
const nameWordsByLists = new WeakMap<VocabularyList, WeakMap<VocabularyList, WeakMap<VocabularyList, NameWords>>>();

export function nameWordsOf(vocabulary: Vocabulary): NameWords {
  const titles = vocabulary['name-titles'];
  const places = vocabulary['place-name-words'];
  const teams = vocabulary['team-words'];
  let byPlaces = nameWordsByLists.get(titles);
  if (!byPlaces) nameWordsByLists.set(titles, (byPlaces = new WeakMap()));
  let byTeams = byPlaces.get(places);
  if (!byTeams) byPlaces.set(places, (byTeams = new WeakMap()));
  let words = byTeams.get(teams);
  if (!words) byTeams.set(teams, (words = { titles: new Set(titles.phrases), places: new Set(places.phrases), nameAtWork: nameAtWorkPattern(teams.phrases) }));
  return words;
}

/** A capitalised word + a workplace preposition + an acronym, a department or one of the teams. */
function nameAtWorkPattern(teams: readonly string[]): RegExp {
  return new RegExp(
    String.raw`(?<![\p{L}\d] ?)([A-Z][a-z]{2,15})(?= (?:from|in|over in|down in) (?:the )?(?:[A-Z]{2,5}\b|[a-z]+ (?:department|dept|division|office)|${literalAlternation(teams)})\b)`,
    'gu',
  );
}

export const BASE_NAME_WORDS = nameWordsOf(BASE_VOCABULARY);

/** Capitalised words that are never a surname: "Ms. She asked". */
const NOT_SURNAME = new Set('i he she they we you it his her their our my the a an and but or so if this that there here'.split(' '));

/** Before a name that is also a place's, these make it the place: "in Jordan", "at Austin". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'of']);

interface Token {
  text: string;
  normal: string;
  post: string;
  tags?: Set<string>;
  offset?: { start: number; length: number };
}

let names: Map<string, NameKind> | undefined;

/** compromise's names, unpacked on first use (a few milliseconds), not when the content script loads. */
function nameKinds(): Map<string, NameKind> {
  if (!names) {
    names = new Map();
    for (const [tag, packed] of Object.entries(PACKED_NAMES) as [keyof typeof PACKED_NAMES, string][])
      for (const word of Object.keys(unpack(packed))) names.set(word, KIND_OF_TAG[tag]);
  }
  return names;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const isTitle = (token: Token | undefined) => token !== undefined && TITLE_CASE.test(token.text);
const bare = (token: Token) => token.normal.replace(/['’]s$/, '');

function kindOf(token: Token, words: NameWords): NameKind | undefined {
  const word = bare(token);
  // All capitals ("MS", "DR") is an acronym, not an honorific.
  if ((token.tags?.has('Honorific') || (words.titles.has(word) && isTitle(token))) && token.text !== token.text.toUpperCase()) return 'honorific';
  return nameKinds().get(word);
}

const isNumber = (token: Token | undefined) => token !== undefined && /^\d/.test(token.text);

/** Only spaces between two words, or the full stop of an abbreviation ("Sgt. Tran"). */
function joined(previous: Token, previousKind: NameKind | undefined): boolean {
  return /^\s*$/.test(previous.post) || (previousKind === 'honorific' && /^\.\s*$/.test(previous.post));
}

function isPlaceWord(token: Token | undefined, words: NameWords): boolean {
  return token !== undefined && isTitle(token) && (words.places.has(bare(token)) || token.tags?.has('Place') === true);
}

/** Where a name starting at i ends (exclusive), or i when no name starts there. */
function nameEnd(tokens: Token[], kinds: (NameKind | undefined)[], i: number, words: NameWords): number {
  const kind = kinds[i];
  const token = tokens[i]!;
  const next = tokens[i + 1];
  const nextKind = kinds[i + 1];
  const lastNameNext = isTitle(next) && (nextKind === 'last' || nextKind === 'famous' || nextKind === 'first') && joined(token, kind);
  const starts =
    kind === 'first' ||
    kind === 'famous' ||
    (kind === 'last' && isTitle(token)) ||
    (kind === 'honorific' && isTitle(next)) ||
    ((kind === 'sometimes' || kind === 'place') && isTitle(token) && (i > 0 || lastNameNext)) ||
    (kind === 'month' && isTitle(token) && lastNameNext);
  if (!starts) return i;
  let end = i + 1;
  let hasGivenName = kind === 'first' || kind === 'honorific';
  while (end < tokens.length && end - i < 4) {
    const candidate = tokens[end]!;
    const candidateKind = kinds[end];
    if (!joined(tokens[end - 1]!, kinds[end - 1]) || !isTitle(candidate) || isPlaceWord(candidate, words)) break;
    const surname = candidateKind === undefined && hasGivenName && !NOT_SURNAME.has(bare(candidate));
    if (!surname && candidateKind !== 'first' && candidateKind !== 'last' && candidateKind !== 'famous' && candidateKind !== 'sometimes' && candidateKind !== 'place') break;
    hasGivenName ||= candidateKind === 'first';
    end++;
  }
  if (kind === 'honorific' && end === i + 1) return i;
  return isPlace(tokens, kinds, i, end, hasGivenName, words) ? i : end;
}

/** "Sherman Avenue", "City Hall", "City of Alexandria", "in Jordan", "Ward 4", "18 Sky Farm Ave": the run names a place. */
function isPlace(tokens: Token[], kinds: (NameKind | undefined)[], start: number, end: number, hasGivenName: boolean, words: NameWords): boolean {
  const after = tokens[end];
  if (isPlaceWord(after, words)) return true;
  if (hasGivenName) return false;
  const before = tokens[start - 1];
  const kind = kinds[start];
  if ((kind === 'sometimes' || kind === 'place') && end - start === 1 && isNumber(after)) return true;
  // Another capitalised word that is no name right after: one proper noun ("Sky Farm").
  if (after && isTitle(after) && kinds[end] === undefined && /^\s*$/.test(tokens[end - 1]!.post)) return true;
  if (!before) return false;
  if (isNumber(before)) return true;
  // A capitalised word that is no name, mid-sentence, just before: part of one proper noun ("City Hall").
  if (start - 1 > 0 && isTitle(before) && kinds[start - 1] === undefined && /^\s*$/.test(before.post)) return true;
  if (bare(before) === 'of' && isTitle(tokens[start - 2])) return true;
  return end - start === 1 && kind === 'place' && PLACE_PREPOSITIONS.has(bare(before));
}

const ABBREVIATED_HONORIFICS = new Set(HONORIFIC_ABBREVIATIONS);

/** Runs of letters, as compromise splits words; apostrophes, hyphens and full stops inside are split again below. */
const WORDS = /[\p{L}\p{M}]+(?:['’.-][\p{L}\p{M}]+)*/gu;

/**
 * Whether a word can start a name as nameEnd reads them: a first name, a
 * famous person or an honorific in any case ("caught dave asleep", "sgt.
 * tran"); any other name, a place-name or a title only capitalised ("Ray",
 * "Officer Reyes"). Generous: accents dropped, "Dave's" looked up as "dave" too.
 */
function canStartName(word: string, words: NameWords): boolean {
  const lower = word.toLowerCase();
  const plain = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
  const capitalised = /^\p{Lu}/u.test(word);
  for (const form of [plain, plain.replace(/['’]s$/, '')]) {
    const kind = nameKinds().get(form);
    if (kind === 'first' || kind === 'famous' || kind === 'honorific' || ABBREVIATED_HONORIFICS.has(form)) return true;
    if (capitalised && (kind !== undefined || words.titles.has(form))) return true;
  }
  return false;
}

/**
 * Whether any word of the sentence can start a name: most sentences have
 * none, and need no tokenizing at all. Each part of "Mary-Kate" or "O'Brien"
 * is looked at too.
 */
export function mayNameSomeone(sentence: string, words: NameWords = BASE_NAME_WORDS): boolean {
  for (const [word] of sentence.matchAll(WORDS)) {
    if (canStartName(word, words)) return true;
    if (/['’.-]/.test(word) && word.split(/['’.-]/).some((part) => canStartName(part, words))) return true;
  }
  return false;
}

/** The people named in one sentence, as offsets into it. */
export function personNames(sentence: string, words: NameWords = BASE_NAME_WORDS): Span[] {
  if (!mayNameSomeone(sentence, words)) return [];

  const doc = compromiseOne().tokenize(sentence);
  doc.compute(['lexicon', 'offset']);
  const spans: Span[] = [];
  for (const tokens of doc.docs as unknown as Token[][]) {
    // Each word's kind of name, looked up once: reading a name in context looks at its neighbours' too.
    const kinds = tokens.map((token) => kindOf(token, words));
    for (let i = 0; i < tokens.length; i++) {
      const end = nameEnd(tokens, kinds, i, words);
      if (end === i) continue;
      const first = tokens[i]!.offset;
      const last = tokens[end - 1]!.offset;
      if (first && last) spans.push({ start: first.start, end: last.start + last.length });
      i = end - 1;
    }
  }
  return spans;
}

/**
 * `contact-details`: phone numbers, e-mail and street addresses, attributed to
 * whoever they belong to. `whose: "self"` catches the author's own (a security
 * risk, Vicksburg Procedure 12); "coworker" a coworker's; "other" anyone else's.
 * A business's number ("call the library at …") belongs to no one and is left alone.
 */
import type { FindingKind } from '../finding-kinds';
import { nameWordsOf } from '../names-nlp';
import { peopleIn } from '../people';
import { literalAlternation, type Span, type TextView } from '../text';
import type { Vocabulary } from '../vocabulary/base';
import { allMatches, hasMatch, matchesAtAnchors, memoByVocabulary, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import type { ContactDetailsParams } from './params';

const PHONE = /(?<![\d\w])(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d])/g;
/** "address … it's 2208 Pershing": a number and street name right after the word address. */
const AFTER_ADDRESS_WORD = /(?<=address[^.!?\n]{0,60}?(?:is|it's|its|:)\s*)\d{1,6}\s+[a-z][a-z]+(?:\s+[a-z]+)?/g;
const EMAIL = /(?<![\w.+-])[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}(?![\w])/g;
/** The characters of an address before its @. */
const EMAIL_LOCAL_PART = /[a-z0-9._%+-]/;

const placeLists = memoByVocabulary((v: Vocabulary) => ({
  street: streetPattern(v),
  childSchool: childSchoolPattern(v),
}));

/** "2208 N Pershing Dr, Apt 4": a house number, up to three words and a street suffix. */
function streetPattern(v: Vocabulary): RegExp {
  const suffix = literalAlternation(v['street-suffixes'].phrases);
  return new RegExp(String.raw`(?<![\d\p{L}])\d{1,6}\s+(?:[nsew]\.?\s+)?(?:[a-z0-9]+\s+){0,3}?(?:${suffix})\b\.?(?:,?\s*(?:apt|apartment|unit|#)\s*[\w-]+)?`, 'gu');
}

/**
 * Where the author's child can be found: "my daughter's school, Lincoln Elementary", "drop the kids at
 * Oak Park Middle", "the boys' practice is at Memorial field", "our house is right across from…".
 */
function childSchoolPattern(v: Vocabulary): RegExp {
  const child = literalAlternation(v['child-words'].phrases);
  const school = literalAlternation(v['school-kinds'].phrases);
  const routine = literalAlternation(v['school-routines'].phrases);
  const activity = literalAlternation(v['child-activities'].phrases);
  const venue = literalAlternation(v['activity-venues'].phrases);
  const proud = literalAlternation(v['proud-parent-phrases'].phrases);
  const schoolRun = literalAlternation(v['school-run-phrases'].phrases);
  const street = literalAlternation(v['street-suffixes'].phrases);
  const branches = [
    String.raw`(?:my|our)\s+(?:\w+\s+)?(?:${child})(?:'s|s'|s)?\b[^.!?\n]{0,60}?(?:[A-Z][a-z]+\s){0,3}(?:${school}|${routine})`,
    String.raw`(?:kids'?|my son'?s|my daughter'?s|our kids'?)\s+(?:\w+\s+)?(?:${activity})s?\s+(?:is\s+)?at\s+(?:the\s+)?[A-Z][\w ]{2,40}?(?:${venue})`,
    String.raw`(?:our|my) (?:house|home|place) is (?:the \w+ one )?(?:right )?(?:across|next to|on the corner|behind|beside|by)`,
    String.raw`(?:our|my) (?:new )?(?:place|house|home|apartment) (?:is )?on [A-Z][\w]+(?: [A-Z][\w]+){0,2} (?:${street})\b`,
    String.raw`(?:${proud})[^\n]{0,80}?(?:[A-Z][a-z]+\s){1,3}(?:${school}|school)`,
    String.raw`(?:pick(?:ing)? (?:my|our) (?:${child}) up (?:from|at)|${schoolRun})\s+(?:the\s+)?(?:kids|kiddos|my son|my daughter|the boys|the girls|[a-z]+)?\s*(?:at\s+)?(?:[a-z]+\s){1,3}(?:${school})`,
  ];
  return new RegExp(`(?:${branches.join('|')})`, 'giu');
}

const ownerLists = memoByVocabulary((v: Vocabulary) => ({
  self: wordList(v['own-contact-markers'].phrases),
  otherOwner: wordList(v['other-owner-markers'].phrases),
  coworker: wordList(v['workplace-roles'].phrases),
  /** "Pete from fleet", "Sandra in records": a person named by their department is a coworker. */
  namedByDepartment: new RegExp(`(?:from|in|over in|down in)\\s+(?:the\\s+)?(?:${literalAlternation(v['department-words'].phrases.filter((d) => d !== 'it'))})(?![\\p{L}])`, 'u'),
  business: wordList(v['business-contact-markers'].phrases),
  names: nameWordsOf(v),
}));

type Owner = 'self' | 'coworker' | 'other' | 'none';

/** Decides whose detail this is from the words in its sentence before it (and just after it). */
function ownerOf(view: TextView, lists: ReturnType<typeof ownerLists>, detail: Span): Owner {
  const sentence = view.sentenceAt(detail.start);
  // A question can name the owner and the next sentence give the number: "Ray from permits' number? it's 318-…".
  const before: Span = { start: Math.max(0, detail.start - 80), end: detail.start };
  const around: Span = { start: before.start, end: Math.min(sentence.end, detail.end + 40) };
  const { folded } = view;
  if (hasMatch(lists.self, folded, before.start, before.end)) return 'self';
  const namedPerson = peopleIn(view, around, lists.names).length > 0;
  const otherOwner = hasMatch(lists.otherOwner, folded, around.start, around.end) || namedPerson;
  if (!otherOwner) return 'none';
  if (hasMatch(lists.business, folded, before.start, before.end) && !hasMatch(lists.otherOwner, folded, around.start, around.end)) return 'none';
  const workplace = hasMatch(lists.coworker, folded, Math.max(0, sentence.start - 80), sentence.end) || lists.namedByDepartment.test(folded.slice(Math.max(0, sentence.start - 80), sentence.end));
  return workplace ? 'coworker' : 'other';
}

export function detectContactDetails(input: DetectorInput, params: ContactDetailsParams): Hit[] {
  const { view } = input;
  const { folded, text } = view;
  const candidates: (Span & { owner?: Owner; kind: FindingKind })[] = [];
  const as = (kind: FindingKind) => (m: Span) => ({ start: m.start, end: m.end, kind });
  for (const detail of params.details) {
    if (detail === 'phone' && /\d{3}/.test(folded)) candidates.push(...allMatches(PHONE, folded).map(as('phone')));
    if (detail === 'email' && folded.includes('@')) {
      const cityDomains = new Set(input.lexicon.emailDomains.map((d) => d.toLowerCase()));
      // City addresses are an official-capacity matter, handled by that detector.
      candidates.push(...matchesAtAnchors(EMAIL, folded, '@', EMAIL_LOCAL_PART).filter((m) => !cityDomains.has(m.text.split('@')[1] ?? '')).map(as('email')));
    }
    if (detail === 'street-address' && /\d/.test(folded)) {
      candidates.push(...allMatches(placeLists(input.vocabulary).street, folded).map(as('street-address')));
      // Its lookbehind needs the word "address" first: scanning from there spares V8 a look back from every digit before it.
      const addressAt = folded.indexOf('address');
      if (addressAt >= 0) candidates.push(...allMatches(AFTER_ADDRESS_WORD, folded, addressAt).map(as('street-address')));
    }
    if (detail === 'child-school' && params.whose === 'self') {
      // Children's schools are only ever mentioned by a parent about their own children.
      for (const m of allMatches(placeLists(input.vocabulary).childSchool, text)) candidates.push({ start: m.start, end: m.end, owner: 'self', kind: 'child-school' });
    }
  }
  const hits: Hit[] = [];
  for (const c of candidates) {
    // A number alone on its line closes a signature block: the author's own, which the official-capacity rule explains.
    const line = folded.slice(folded.lastIndexOf('\n', c.start - 1) + 1, (folded.indexOf('\n', c.end) + 1 || folded.length + 1) - 1);
    if (!c.owner && line.trim() === folded.slice(c.start, c.end).trim() && folded.lastIndexOf('\n', c.start - 1) > 0) continue;
    const owner = c.owner ?? ownerOf(view, ownerLists(input.vocabulary), c);
    if (owner === params.whose) hits.push({ start: c.start, end: c.end, kind: c.kind });
  }
  return hits;
}

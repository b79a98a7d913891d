/**
 * `sensitive-data`: identifiers and secrets that must never be posted — SSNs,
 * payment cards, bank routing/account numbers, dates of birth, licence/employee/
 * case numbers, passwords and access codes, API keys. Each follows the recognizer
 * recipe: candidate pattern → validator → context words → exclusions.
 */
import type { FindingKind } from '../finding-kinds';
import { literalAlternation } from '../text';
import type { Vocabulary } from '../vocabulary/base';
import { allMatches, isWithin, type Match, matchesAtAnchors, memoByVocabulary, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import { labelledIds, labelledSecrets, labelPatterns } from './labelled-values';
import { abaValid, entropy, hasCardPrefix, isPlausibleSsn, luhnValid, TEST_CARDS } from './validators';
import type { SensitiveDataParams } from './params';

/** The context words around the validators: what makes a number an SSN, a card or an account, and what makes it an example. */
const contextLists = memoByVocabulary((v: Vocabulary) => ({
  sample: wordList(v['sample-markers'].phrases),
  notIdContext: wordList(v['not-id-context'].phrases),
  ssnContext: wordList(v['ssn-context'].phrases),
  cardContext: wordList(v['card-context'].phrases),
  routingContext: wordList(v['routing-context'].phrases),
  /** Numbers near these are orders and parcels, not bank accounts. */
  orderWords: wordList(v['order-words'].phrases),
  notSecretValues: new Set(v['not-secret-values'].phrases),
  /** "acct # 00123456789", "checking: 4455 6677 88". */
  accountNumber: new RegExp(String.raw`(?:${literalAlternation(v['account-labels'].phrases)})\s*(?:number|no\.?|num|#)?\s*(?:is|:|#|=)?\s*(\d[\d -]{5,16}\d)`, 'g'),
  secret: secretPattern(v),
  /** "alarm panel by the dock takes 8-0-4-4": a digit sequence right after a keypad-like thing. */
  keypadDigits: new RegExp(
    String.raw`(?:${literalAlternation(v['keypad-things'].phrases)})[^.!?\n]{0,40}?(?:takes|is|is set to|set to|:|=|use|enter|punch in|punch|the override)\s*:?\s+(\d(?:[- ]?\d){3,7})(?:-?#)?(?![\d-])`,
    'g',
  ),
  /** "zip code", "dress code": the word before "code" that makes the number after it public. */
  publicCode: new RegExp(String.raw`\b(?:${literalAlternation(v['public-code-words'].phrases)})\s+$`),
}));

/** "password is X", "door code: 4471", "wifi pw = hunter2". The value must be there: "forgot my password" is fine. */
function secretPattern(v: Vocabulary): RegExp {
  const label = String.raw`${literalAlternation(v['secret-words'].phrases)}|code to (?:the )?[a-z ]{2,20}?|codes? for (?:the )?[a-z ]{2,20}?`;
  return new RegExp(
    String.raw`(?<![\p{L}])(?:${label})(?:\s+(?:for|at|in|on|to|of)\s+[\p{L}\p{N}' -]{1,40}?)?\s*(?:is|are|:|=|-|will be|is still|is now|was changed to|changed to)\s*(?:(?:still|literally|just|now|actually|always)\s+)?["']?([^\s"',;]{3,40})`,
    'gu',
  );
}
type ContextLists = ReturnType<typeof contextLists>;

const SSN_CANDIDATE = /(?<![\d-])(\d{3})([- .])(\d{2})\2(\d{4})(?![\d-])|(?<![\d-])(\d{9})(?![\d-])/g;

function detectSsn(folded: string, lists: ContextLists): Hit[] {
  const hits: Hit[] = [];
  for (const m of allMatches(SSN_CANDIDATE, folded)) {
    const digits = m.text.replace(/\D/g, '');
    if (!isPlausibleSsn(digits)) continue;
    const hasContext = isWithin(lists.ssnContext, folded, m, 60);
    const delimited = m.groups[0] !== undefined;
    // A bare 9-digit number is an SSN only with an SSN word near it (Purview's rule); a dashed one unless it is clearly something else.
    if (!hasContext && (!delimited || isWithin(lists.notIdContext, folded, m, 30))) continue;
    if (isWithin(lists.sample, folded, m, 40)) continue;
    hits.push({ start: m.start, end: m.end, kind: 'ssn' });
  }
  return hits;
}

const CARD_CANDIDATE = /(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])/g;

function detectCards(folded: string, lists: ContextLists): Hit[] {
  const hits: Hit[] = [];
  for (const m of allMatches(CARD_CANDIDATE, folded)) {
    const digits = m.text.replace(/\D/g, '');
    if (!hasCardPrefix(digits) || !luhnValid(digits) || TEST_CARDS.has(digits)) continue;
    if (isWithin(lists.sample, folded, m, 40)) continue;
    // Long digit runs without separators are often order or tracking numbers: ask for a card word then.
    if (!/[ -]/.test(m.text) && !isWithin(lists.cardContext, folded, m, 60)) continue;
    hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

const NINE_DIGITS = /(?<![\d])\d{9}(?![\d])/g;

function detectBank(folded: string, lists: ContextLists): Hit[] {
  const hits: Hit[] = [];
  for (const m of allMatches(NINE_DIGITS, folded)) {
    if (abaValid(m.text) && isWithin(lists.routingContext, folded, m, 60) && !isWithin(lists.sample, folded, m, 40)) hits.push({ start: m.start, end: m.end });
  }
  for (const m of allMatches(lists.accountNumber, folded)) {
    const value = m.groups[0]!;
    const start = m.start + m.text.lastIndexOf(value);
    if (!isWithin(lists.sample, folded, m, 40) && !isWithin(lists.orderWords, folded, m, 20)) hits.push({ start, end: start + value.length });
  }
  return hits;
}

const DOB = /(?:dob|d\.o\.b\.?|date of birth|birth ?date|born on)\s*(?:is|:|-|was)?\s*((?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}))/g;

function detectDob(folded: string): Hit[] {
  return allMatches(DOB, folded)
    .filter((m) => !/^born on/.test(m.text) || !/\b(i was|i'm|my)\b/.test(folded.slice(Math.max(0, m.start - 20), m.start)))
    .map((m) => {
      const value = m.groups[0]!;
      const start = m.start + m.text.lastIndexOf(value);
      return { start: m.start, end: start + value.length };
    });
}

/** Identifier words that need a value right after them to count (Purview's "keyword required"). */
const ID_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:driver'?s? licen[cs]e|dl|license plate|plate number|employee (?:id|number|no\.?|#)|emp(?:loyee)? ?id|badge (?:number|no\.?|#)|case (?:number|no\.?|#)|case|file (?:number|no\.?|#)|docket (?:number|no\.?|#)?|claim (?:number|no\.?|#)|member (?:id|number)|patient (?:id|number)|mrn|medical record (?:number|#)|inmate (?:number|#|id)|booking (?:number|#)|permit (?:number|#)|passport(?: number| no\.?| #)?|student id|report (?:number|no\.?|#))\s*(?:number|no\.?|num|#)?\s*(?:is|was|:|#|=)?\s*#?\s*([a-z]{0,4}[-]?\d[\d-]{3,14}[a-z0-9]{0,3})(?![\p{L}\p{N}])`,
  'gu',
);

function detectIdNumbers(folded: string, lists: ContextLists, vocabulary: Vocabulary): Hit[] {
  const isSample = (m: Match) => isWithin(lists.sample, folded, m, 30);
  const hits = allMatches(ID_NUMBER, folded)
    .filter((m) => !isSample(m))
    .map((m) => ({ start: m.start, end: m.end }));
  return [...hits, ...labelledIds(folded, labelPatterns(vocabulary), isSample)];
}


/** "login: admin / Hunter2!" — a user name and password pair. */
const USER_PASS = /(?:user(?:name)?|login|account|acct)\s*[:=]?\s*(\S{2,30})\s+(?:and\s+)?(?:pass(?:word)?|pw|pwd)\s*[:=]?\s*(\S{4,40})/g;
const CREDENTIAL_PAIR = /(?:login|log-?in|user(?:name)?|account|creds|credentials)(?:\s+(?:for|to|on|is)\s+[^\n:=]{1,60}?)?\s*(?:[:=-]|\bis\b)\s*\S{2,30}\s*[/|]\s*(\S{4,40})/gu;

/** "the fridge code is 2468", "side door code: 1965#" — any code with a number, except public kinds of code. */
const ANY_CODE = /(?<![\p{L}])((?:[\p{L}-]+\s+){0,2})codes?(?:'s|\s*(?:is|:|=|-|got changed to|was changed to|changed to|is now))\s*(?:now\s+|still\s+)?(\d(?:[- ]?[\d#*]){2,9})(?![\p{N}])/gu;
/** What the up-to-two words before "code" are made of (letters, hyphens, spaces; either half of a surrogate pair, to be safe). */
const WORDS_BEFORE_CODE = /[\p{L}\s\-\uD800-\uDFFF]/u;
/** "the side gate opens with 7291", "punch in 4417 at the door", "key is books4ever2025". */
const OPENS_WITH = /(?:opens? with|unlocks? with|punch(?:es)? in|key(?:pad)? is|network key is|the key is)\s+["']?([\p{L}\p{N}!@#$%^&*_+=-]*\d[\p{L}\p{N}!@#$%^&*_+=-]*)/gu;
/** "combo 4412", "PIN: 0909": a lock word followed straight by its number. */
const BARE_COMBO = /(?<![\p{L}])(?:combo|combination|lock combo|pin)\s*[:#]?\s*(\d(?:[- ]?\d){2,7})(?![\d])/gu;

function detectSecrets(folded: string, text: string, lists: ContextLists, vocabulary: Vocabulary): Hit[] {
  const hits: Hit[] = [];
  const isSample = (m: Match) => isWithin(lists.sample, folded, m, 30);
  // Patterns whose whole match is the secret (a keypad sequence, a "user / password" pair).
  for (const re of [BARE_COMBO, lists.keypadDigits]) {
    for (const m of allMatches(re, folded)) if (!isSample(m)) hits.push(codeHit(m, m.start, m.end));
  }
  for (const re of [USER_PASS, CREDENTIAL_PAIR]) {
    for (const m of allMatches(re, folded)) if (!isSample(m)) hits.push({ start: m.start, end: m.end, kind: 'password' });
  }
  for (const m of allMatches(OPENS_WITH, folded))
    if ((m.groups[0] ?? '').length >= 3 && !isSample(m)) hits.push(/^\d[\d#*-]*$/.test(m.groups[0] ?? '') ? codeHit(m, m.start, m.end) : { start: m.start, end: m.end, kind: 'password' });
  for (const m of matchesAtAnchors(ANY_CODE, folded, 'code', WORDS_BEFORE_CODE)) {
    if (lists.publicCode.test(m.groups[0] ?? '') || isSample(m)) continue;
    hits.push(codeHit(m, m.start + (m.groups[0]?.length ?? 0), m.end));
  }
  for (const m of allMatches(lists.secret, folded)) {
    const value = m.groups[0]!.replace(/[.!?)]+$/, '');
    if (lists.notSecretValues.has(value) || value.length < 3 || isSample(m)) continue;
    // A value with a digit, a symbol or mixed case reads like a real secret; a plain word ("finally", "down") does not.
    const valueStart = m.start + m.text.lastIndexOf(m.groups[0]!);
    const original = text.slice(valueStart, valueStart + value.length);
    if (!/[\d!@#$%^&*_+=~-]/.test(original) && !/[a-z].*[A-Z]|[A-Z].*[a-z].*[A-Z]/.test(original)) continue;
    const end = valueStart + value.length;
    // "door code: 4471" is a code to take out; "password is Hunter2" is a password to change.
    hits.push(/code|combo|combination|\bpin\b|lock/.test(m.text) && /^[\d#*-]+$/.test(value) ? { start: m.start, end, kind: 'code', value: { start: valueStart, end } } : { start: m.start, end, kind: 'password' });
  }
  hits.push(...labelledSecrets(folded, text, labelPatterns(vocabulary), lists.notSecretValues, isSample));
  return hits;
}

/** A code's hit: its last group of digits is what a one-click removal takes out. */
function codeHit(m: Match, start: number, end: number): Hit {
  const digits = m.groups.at(-1) ?? '';
  const at = digits ? m.text.lastIndexOf(digits) : -1;
  return at >= 0 && m.start + at >= start ? { start, end, kind: 'code', value: { start: m.start + at, end: m.start + at + digits.length } } : { start, end, kind: 'code' };
}

/** Well-known key formats (as gitleaks lists them), then a generic "key: <high-entropy token>". */
const API_KEY = /(?<![A-Za-z0-9])(?:AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{50,}|sk_live_[A-Za-z0-9]{20,}|rk_live_[A-Za-z0-9]{20,}|xox[baprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|sk-[A-Za-z0-9_-]{32,}|glpat-[A-Za-z0-9_-]{20})(?![A-Za-z0-9])/g;
const GENERIC_KEY = /(?:api[ _-]?key|secret[ _-]?key|access[ _-]?token|auth[ _-]?token|bearer|client[ _-]?secret|private[ _-]?key|token)\s*(?:is|:|=)?\s*["']?([A-Za-z0-9_\-+/=]{20,})/gi;

function detectApiKeys(text: string): Hit[] {
  const hits = allMatches(API_KEY, text).map((m) => ({ start: m.start, end: m.end }));
  for (const m of allMatches(GENERIC_KEY, text)) {
    const value = m.groups[0]!;
    if (entropy(value) >= 3.5 && /\d/.test(value) && /[A-Za-z]/.test(value)) {
      const start = m.start + m.text.lastIndexOf(value);
      hits.push({ start, end: start + value.length });
    }
  }
  return hits;
}

/** Tags a type's hits with what they are (a hit that already says, a code among secrets, keeps its own). */
const kindOf = (kind: FindingKind) => (hit: Hit): Hit => (hit.kind ? hit : { ...hit, kind });

export function detectSensitiveData(input: DetectorInput, params: SensitiveDataParams): Hit[] {
  const { folded, text } = input.view;
  // Cheap prefilter: every type but secrets and DOBs needs digits.
  const hasDigits = /\d/.test(folded);
  const lists = contextLists(input.vocabulary);
  const hits: Hit[] = [];
  for (const type of params.types) {
    switch (type) {
      case 'ssn':
        if (hasDigits) hits.push(...detectSsn(folded, lists));
        break;
      case 'payment-card':
        if (hasDigits) hits.push(...detectCards(folded, lists).map(kindOf('payment-card')));
        break;
      case 'bank-account':
        if (hasDigits) hits.push(...detectBank(folded, lists).map(kindOf('bank-account')));
        break;
      case 'date-of-birth':
        if (hasDigits) hits.push(...detectDob(folded).map(kindOf('date-of-birth')));
        break;
      case 'id-number':
        if (hasDigits) hits.push(...detectIdNumbers(folded, lists, input.vocabulary).map(kindOf('id-number')));
        break;
      case 'secret':
        hits.push(...detectSecrets(folded, text, lists, input.vocabulary));
        break;
      case 'api-key':
        hits.push(...detectApiKeys(text).map(kindOf('api-key')));
        break;
    }
  }
  return hits;
}

/**
 * Secrets and identifiers named by a word from the vocabulary rather than by
 * the English words built into sensitive-data.ts's patterns: "la clave es
 * 4471", "código del portón: 7291", "expediente 2024-0317", "placas
 * FKR-2291". The labels are data (secret-labels, id-labels, public-code-kinds);
 * the grammar around them — what links a label to its value — is code, and
 * is Spanish's: the label, an optional kind ("de la puerta"), a link ("es",
 * ":", "ahora es"), the value. Matched on the folded draft, where accents are
 * already dropped ("codigo" and "código" alike).
 */
import { foldText } from '../fold';
import { escapeRegExp } from '../text';
import type { Vocabulary } from '../vocabulary/base';
import { allMatches, hasMatch, memoByVocabulary, type Match, type PhraseMatcher, wordList } from './match';
import type { Hit } from './types';

/** Labels as one alternation, longest first ("codigo de la puerta" before "codigo"), any run of spaces between words. */
function labelAlternation(phrases: readonly string[]): string {
  const folded = [...new Set(phrases.map((p) => foldText(p.trim())).filter(Boolean))].sort((a, b) => b.length - a.length);
  return folded.length ? folded.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|') : '(?!)';
}

/** What links a label to its value: "es", "ahora es", "quedó en", "cambiaron a", ":" or "=". */
const LINK = String.raw`(?:(?:es|son|era|es el|es la|ahora es|quedo en|cambio a|la cambiaron a|lo cambiaron a|sigue siendo|is)(?![\p{L}])|[:=-])`;
/** The kind of code after the label: "de la puerta de atrás", "del portón", "para entrar". */
const KIND = String.raw`(?:\s+(?:de|del|de la|de los|de las|para|pa|en)\s+[\p{L}\p{N}' -]{1,40}?)?`;
/** An identifier's number: "2024-0317", "fkr-2291", "a123456". */
const ID_VALUE = String.raw`([a-z]{0,4}-?\d[\d-]{3,14}[a-z0-9]{0,3})`;
/** A number after an identifier's label that is only a year ("la placa 2024 del parque"). */
const YEAR = /^(?:19|20)\d\d$/;

export const labelPatterns = memoByVocabulary((v: Vocabulary) => ({
  secretLabels: wordList(v['secret-labels'].phrases),
  idLabels: wordList(v['id-labels'].phrases),
  secret: new RegExp(String.raw`(?:${labelAlternation(v['secret-labels'].phrases)})(${KIND})\s*${LINK}\s*(?:(?:todavia|ahora|nomas|siempre|still|now)\s+)?["']?([^\s"',;]{3,40})`, 'uy'),
  publicKind: wordList(v['public-code-kinds'].phrases),
  id: new RegExp(String.raw`(?:${labelAlternation(v['id-labels'].phrases)})${KIND}\s*(?:(?:numero|num|no\.?|#)\s*)?(?:${LINK}\s*)?#?\s*${ID_VALUE}(?![\p{L}\p{N}])`, 'uy'),
}));
type LabelPatterns = ReturnType<typeof labelPatterns>;

/**
 * The sticky pattern tried only where one of its labels starts (found whole-word through the word
 * list's index), not at every character of the draft: most drafts have no label, and answer at once.
 */
function atLabels(re: RegExp, labels: PhraseMatcher, folded: string): Match[] {
  const out: Match[] = [];
  let after = 0;
  for (const label of allMatches(labels, folded)) {
    if (label.start < after) continue;
    re.lastIndex = label.start;
    const m = re.exec(folded);
    if (!m) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.slice(1) });
    after = m.index + m[0].length;
  }
  return out;
}

/** "la clave es Juarez2024!": the value must read like a secret (a digit, a symbol or mixed case), as in the English pattern. */
export function labelledSecrets(folded: string, text: string, patterns: LabelPatterns, notSecret: ReadonlySet<string>, isSample: (m: Match) => boolean): Hit[] {
  const hits: Hit[] = [];
  for (const m of atLabels(patterns.secret, patterns.secretLabels, folded)) {
    const kind = m.groups[0] ?? '';
    const raw = m.groups[1] ?? '';
    const value = raw.replace(/[.!?)]+$/, '');
    if (value.length < 3 || notSecret.has(value) || isSample(m)) continue;
    if (kind && hasMatch(patterns.publicKind, kind)) continue;
    const valueStart = m.start + m.text.lastIndexOf(raw);
    const original = text.slice(valueStart, valueStart + value.length);
    if (!/[\d!@#$%^&*_+=~-]/.test(original) && !/[a-z].*[A-Z]|[A-Z].*[a-z].*[A-Z]/.test(original)) continue;
    const end = valueStart + value.length;
    // "código del portón: 7291" is a code to take out; "la clave es Verano2025" a password to change.
    hits.push(/(?:^|\s)(?:codigos?|combinacion|nip|pin)(?![\p{L}])/u.test(m.text) && /^[\d#*-]+$/.test(value) ? { start: m.start, end, kind: 'code', value: { start: valueStart, end } } : { start: m.start, end, kind: 'password' });
  }
  return hits;
}

/** "número de caso 2024-118", "placas FKR-2291": a label with an identifier's number right after it. */
export function labelledIds(folded: string, patterns: LabelPatterns, isSample: (m: Match) => boolean): Hit[] {
  return atLabels(patterns.id, patterns.idLabels, folded)
    .filter((m) => !YEAR.test(m.groups[0] ?? '') && !isSample(m))
    .map((m) => ({ start: m.start, end: m.end }));
}

/**
 * "Tell IT this note is wrong": the report the employee reads, then sends
 * themselves (their e-mail program, or the clipboard). PostCheck never sends
 * it. It names the rule, its category, the pack and the versions; the flagged
 * sentence only when the employee ticks it. Pure: no browser APIs.
 */
import type { Category } from '../rules/schema';
import { STRINGS } from './strings';

export interface NoteReportFacts {
  ruleId: string;
  category: Category;
  packId: string;
  packVersion: number;
  extensionVersion: string;
}

/** The sentence (or sentences) holding the flagged words: from the end of the sentence before to the end of the last one. */
export function flaggedSentence(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.search(/[.!?\n][^.!?\n]*$/) + 1, 0);
  const after = text.slice(end).search(/[.!?]+(?=\s|$)|\n/);
  const terminator = after < 0 ? '' : (text.slice(end + after).match(/^[.!?]*/)?.[0] ?? '');
  const to = after < 0 ? text.length : end + after + terminator.length;
  return text.slice(from, to).trim();
}

export function reportSubject(facts: NoteReportFacts): string {
  return STRINGS.reportSubject(facts.ruleId);
}

/** The report's text, line by line, as shown to the employee and as sent. */
export function reportBody(facts: NoteReportFacts, sentence?: string): string {
  return [
    STRINGS.reportOpening,
    '',
    `${STRINGS.reportRule} ${facts.ruleId}`,
    `${STRINGS.reportCategory} ${facts.category} (${STRINGS.category[facts.category]})`,
    `${STRINGS.reportPack} ${STRINGS.reportPackValue(facts.packId, facts.packVersion)}`,
    `${STRINGS.reportExtension} ${facts.extensionVersion}`,
    ...(sentence ? [`${STRINGS.reportSentence} “${sentence}”`] : []),
    '',
    STRINGS.reportWhy,
  ].join('\n');
}

/** A mailto: link (RFC 6068): line breaks as CRLF, every part percent-encoded; no address when the pack names none. */
export function mailtoHref(to: string | undefined, subject: string, body: string): string {
  const address = to ? to.split('@').map(encodeURIComponent).join('@') : '';
  const query = `subject=${encodeURIComponent(subject)}${body ? `&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}` : ''}`;
  return `mailto:${address}?${query}`;
}

/** "Tell IT this note is wrong": the report is exactly the facts shown, and the sentence only when ticked. */
import { afterEach, describe, expect, it } from 'vitest';
import { flaggedSentence, mailtoHref, reportBody, reportSubject } from '../../../components/note-report';
import { setLanguage } from '../../../components/strings';

const facts = { ruleId: 'insult', category: 'harassment' as const, packId: 'alexandria', packVersion: 3, extensionVersion: '0.1.0' };

afterEach(() => setLanguage('en'));

describe('the report to IT', () => {
  it('names the rule, category, pack, versions — and no draft words unless the sentence is given', () => {
    const body = reportBody(facts);
    expect(body).toBe(
      [
        'I think this PostCheck note is wrong for my post.',
        '',
        'Rule: insult',
        'Category: harassment (Harassment)',
        'Rule pack: alexandria, version 3',
        'PostCheck version: 0.1.0',
        '',
        'Why I think it is wrong:',
      ].join('\n'),
    );
    expect(reportBody(facts, 'The game was a total massacre.')).toContain('Flagged sentence: “The game was a total massacre.”\n');
    expect(reportSubject(facts)).toBe('PostCheck note that may be wrong (insult)');
  });

  it('is written in Spanish under the Spanish interface, ids as they are', () => {
    setLanguage('es');
    expect(reportBody(facts)).toContain('Categoría: harassment (Acoso)');
    expect(reportBody(facts)).toContain('Paquete de reglas: alexandria, versión 3');
  });

  it('finds the sentence around the flagged words', () => {
    const text = 'Great game last night! The ref is an idiot, honestly. See you Monday';
    const at = text.indexOf('idiot');
    expect(flaggedSentence(text, at, at + 5)).toBe('The ref is an idiot, honestly.');
    expect(flaggedSentence('what an idiot', 8, 13)).toBe('what an idiot');
    const lines = 'first line\nsecond idiot line\nthird';
    expect(flaggedSentence(lines, lines.indexOf('idiot'), lines.indexOf('idiot') + 5)).toBe('second idiot line');
    // A note over two sentences quotes both.
    const two = 'One. Two three! Four.';
    expect(flaggedSentence(two, two.indexOf('One'), two.indexOf('three') + 5)).toBe('One. Two three!');
  });

  it('makes a mailto: link with the address, subject and body percent-encoded (CRLF line breaks)', () => {
    const href = mailtoHref('it-help@city.example', 'Note (x)', 'a\nb & c?');
    expect(href).toBe('mailto:it-help@city.example?subject=Note%20(x)&body=a%0D%0Ab%20%26%20c%3F');
    const url = new URL(href);
    expect(url.searchParams.get('body')).toBe('a\r\nb & c?');
    expect(mailtoHref(undefined, 's', 'b')).toBe('mailto:?subject=s&body=b');
  });
});

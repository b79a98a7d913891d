/**
 * Issue 25: invisible characters passed the "no direction characters" check.
 * Every one the red team used — and the rest of their kind — is now refused
 * wherever a pack carries text: messages, clauses, lexicon entries, phrases.
 */
import { describe, expect, it } from 'vitest';
import { bundledPackSource } from '../../../rules/packs/index';
import { parsePack } from '../../../rules/schema';

const HIDDEN: Record<string, string> = {
  'U+061C arabic letter mark': '\u061c',
  'U+200B zero-width space': '\u200b',
  'U+200C zero-width non-joiner': '\u200c',
  'U+200D zero-width joiner': '\u200d',
  'U+200E left-to-right mark': '\u200e',
  'U+200F right-to-left mark': '\u200f',
  'U+2028 line separator': '\u2028',
  'U+2029 paragraph separator': '\u2029',
  'U+FEFF byte-order mark': '\ufeff',
  'U+E0041 tag latin capital A': '\u{e0041}',
  'U+E007F cancel tag': '\u{e007f}',
  'U+0085 next line (C1)': '\u0085',
  'U+009B control sequence introducer (C1)': '\u009b',
  'U+00AD soft hyphen': '\u00ad',
  'U+2060 word joiner': '\u2060',
  'U+202E right-to-left override': '\u202e',
  'U+2067 right-to-left isolate': '\u2067',
  'U+0007 bell': '\u0007',
};

type Doc = ReturnType<typeof bundledPackSource> & {
  contact: string;
  rules: { id: string; message: string; detector: { kind: string; phrases?: string[] } }[];
  policies: { id: string; clauses: { section: string; text: string }[] }[];
  lexicon: { departments: string[] };
};
const source = () => structuredClone(bundledPackSource('alexandria')) as Doc;
const phrasesRule = (doc: Doc) => doc.rules.findIndex((r) => r.detector.kind === 'phrases');

const PLACES: [string, (doc: Doc, ch: string) => string][] = [
  ['a rule’s message', (doc, ch) => ((doc.rules[0]!.message = `Fine to post${ch} this`), `rule "${doc.rules[0]!.id}": message`)],
  ['a clause', (doc, ch) => ((doc.policies[0]!.clauses[0]!.text = `Employees may${ch} post`), `policy "${doc.policies[0]!.id}" section "${doc.policies[0]!.clauses[0]!.section}": text`)],
  ['the contact line', (doc, ch) => ((doc.contact = `Ask HR${ch} first`), 'contact')],
  ['a lexicon entry', (doc, ch) => ((doc.lexicon.departments = [`Public${ch}Works`]), 'lexicon.departments.0')],
  ['a phrase', (doc, ch) => {
    const i = phrasesRule(doc);
    doc.rules[i]!.detector.phrases = [`confi${ch}dential`];
    return `rule "${doc.rules[i]!.id}": detector.phrases.0`;
  }],
];

describe('invisible characters in pack text', () => {
  for (const [name, ch] of Object.entries(HIDDEN))
    for (const [place, put] of PLACES)
      it(`refuses ${name} in ${place}`, () => {
        const doc = source();
        const where = put(doc, ch);
        const result = parsePack(doc);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors).toContain(`${where}: must not contain control, invisible or text-direction characters`);
      });

  it('accepts what real policies and messages carry: accents, curly quotes, dashes, no-break spaces, emoji, other scripts', () => {
    const doc = source();
    doc.rules[0]!.message = 'Don’t post “confidential” material — ask first. Señora Núñez, 市役所, مرحبا, 👍🏽';
    doc.policies[0]!.clauses[0]!.text = `${doc.policies[0]!.clauses[0]!.text}\u00a0(see §4.8)`;
    expect(parsePack(doc).ok).toBe(true);
  });
});

/**
 * The interface in English and Spanish: every string has its Spanish (the type
 * makes a missing key a compile error; this checks the values too), Spanish
 * differs from English wherever a word is meant, speaks "usted", and the live
 * table, its locale and the dates follow `setLanguage`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDay, formatTime } from '../../../components/format';
import { PolicyCitation } from '../../../components/PolicyCitation';
import { ES } from '../../../components/strings-es';
import { currentLanguage, currentLocale, setLanguage, STRINGS, STRINGS_EN } from '../../../components/strings';

/** Every leaf of a table, functions called with sample arguments: [path, text]. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const samples = [0, 1, 3, 12_345].map((n) => (value as (...args: unknown[]) => unknown)(n, 'Alpha', 'Beta'));
    return samples.flatMap((sample, i) => leaves(sample, `${path}(${i})`));
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
  throw new Error(`${path}: unexpected ${typeof value}`);
}

/** Strings that are the same in both languages on purpose: the product's name, a key chord, a clause's name, and each language named in itself. */
const SAME_IN_BOTH = [/^appName$/, /^pageTitle\.popup$/, /^chipShortcut$/, /^clauseLabel\(/, /^languageNames\.(en|es)$/];

afterEach(() => setLanguage('en'));

describe('the Spanish table', () => {
  const english = new Map(leaves(STRINGS_EN));
  const spanish = new Map(leaves(ES));

  it('has every string English has, and nothing else', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, text] of spanish) expect(text.trim(), path).not.toBe('');
  });

  it('differs from English wherever a word is meant', () => {
    for (const [path, text] of spanish) {
      if (SAME_IN_BOTH.some((same) => same.test(path))) expect(text, path).toBe(english.get(path));
      else expect(text, path).not.toBe(english.get(path));
    }
  });

  it('keeps the names the docs and IT’s training use for the dialog’s two choices distinct', () => {
    expect(ES.editPost).not.toBe(ES.postAnyway);
    expect(ES.dialogTitle).toBe('Antes de publicar');
  });

  it('addresses the reader as usted, never tú', () => {
    // Whole words only ("TI" is the IT department, not "ti"); \b is blind to accented letters, hence \p{L}.
    const informal = /(?<!\p{L})([Tt]ú|[Tt]us?|[Tt]e|ti|contigo|[Pp]uedes|[Dd]ebes|[Qq]uieres|[Tt]ienes|[Ee]res|[Ee]stás)(?!\p{L})/u;
    for (const [path, text] of spanish) expect(text, path).not.toMatch(informal);
  });

  it('writes numbers as Spanish readers on the border expect', () => {
    expect(ES.partlyChecked(10_000)).toContain('10,000');
    expect(ES.findingsCount(1)).toBe('1 nota de la política');
    expect(ES.findingsCount(2)).toBe('2 notas de la política');
    expect(ES.weekdays).toHaveLength(7);
  });
});

describe('setLanguage', () => {
  it('switches the table every component reads, live', () => {
    expect(STRINGS.editPost).toBe('Edit post');
    setLanguage('es', 'es-MX');
    expect(STRINGS.editPost).toBe('Editar publicación');
    expect(currentLanguage()).toBe('es');
    setLanguage('en');
    expect(STRINGS.editPost).toBe('Edit post');
  });

  it('writes dates in the browser’s own locale when it is of that language, else the language’s', () => {
    setLanguage('es', 'es-MX');
    expect(currentLocale()).toBe('es-MX');
    setLanguage('es', 'en-US');
    expect(currentLocale()).toBe('es-US');
    setLanguage('en', 'es-MX');
    expect(currentLocale()).toBe('en-US');
    setLanguage('en', 'en-GB');
    expect(currentLocale()).toBe('en-GB');
  });

  it('gives dates in words in the language in use, a pack’s day the same in every time zone', () => {
    setLanguage('en', 'en-US');
    expect(formatDay('2026-11-21')).toBe('November 21, 2026');
    setLanguage('es', 'es-MX');
    expect(formatDay('2026-11-21')).toBe('21 de noviembre de 2026');
    expect(formatDate('2026-11-21T12:00:00Z')).toBe('21 de noviembre de 2026');
    expect(formatTime('2026-11-21T12:00:00Z')).toMatch(/nov/);
    expect(formatDay('soon')).toBe('soon');
  });
});

describe('where a note shows its clause', () => {
  const clause = { policy: 'hr', section: 'III.A.5.a', text: 'Offensive, demeaning or disruptive messages are prohibited.' };
  const shown = (props: Parameters<typeof PolicyCitation>[0]) => JSON.stringify(PolicyCitation(props));

  it('in English, shows the pack’s summary and words as they are, unlabelled', () => {
    const text = shown({ clauses: [{ ...clause, summary: 'No offensive messages.' }] });
    expect(text).not.toContain(STRINGS_EN.unofficialTranslation);
    expect(text).not.toContain(STRINGS_EN.officialText);
    expect(text).toContain(clause.text);
  });

  it('in Spanish, labels a translated summary or message unofficial and the clause’s own words official, one click away', () => {
    setLanguage('es');
    const translated = shown({ clauses: [{ ...clause, summary: 'No se permiten mensajes ofensivos.', translated: true }] });
    expect(translated).toContain(ES.unofficialTranslation);
    expect(translated).toContain(ES.officialText);
    expect(translated).toContain(ES.clauseText);
    expect(translated).toContain(clause.text);
    expect(shown({ clauses: [clause], translated: true })).toContain(ES.unofficialTranslation);
  });

  it('in Spanish with an English pack, labels nothing a translation but still names the official text', () => {
    setLanguage('es');
    const text = shown({ clauses: [{ ...clause, summary: 'No offensive messages.' }] });
    expect(text).not.toContain(ES.unofficialTranslation);
    expect(text).toContain(ES.officialText);
  });
});

/**
 * A pack's translations (`translations`): what the schema refuses, that El Paso
 * translates everything it shows, and what a finding says in Spanish — the
 * pack's translation where it has one, English where it does not, and the
 * clause's own words always as quoted.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../rules/engine';
import { pictureFindings } from '../../../rules/images/findings';
import { combineJudgment, judgeInputs, type JudgedUnit, type Thresholds } from '../../../rules/judgment/combine';
import { JUDGMENT_MESSAGES } from '../../../rules/judgment/messages';
import { JUDGMENT_MESSAGES_ES } from '../../../rules/judgment/messages-es';
import { JUDGED_CATEGORIES } from '../../../rules/judgment/units';
import { localizePack, packLanguage, translationMarks } from '../../../rules/localize-pack';
import { MAX_TRANSLATED_RULES } from '../../../rules/pack-translations';
import { bundledPack } from '../../../rules/packs/index';
import { parsePack } from '../../../rules/schema';
import { shelbyvillePack } from '../support/shelbyville-pack';

const errors = (translations: unknown) => {
  const result = parsePack({ ...shelbyvillePack(), translations });
  return result.ok ? [] : result.errors;
};

const SHELBYVILLE_ES = {
  es: {
    contact: '¿Preguntas? Consulte a Recursos Humanos, ext. 2200.',
    clauses: { 'social-media#2.1': { summary: 'Nada de insultos ni amenazas contra personas.' } },
    rules: { 'shelbyville-insults': { message: 'Esto se lee como un insulto contra una persona.' } },
  },
};

describe('the schema, on a pack’s translations', () => {
  it('accepts a partial translation', () => {
    expect(errors(SHELBYVILLE_ES)).toEqual([]);
  });

  it('refuses a translation of a rule the pack does not have, naming it', () => {
    expect(errors({ es: { rules: { 'shelbyville-insultz': { message: 'Esto insulta.' } } } })).toEqual([
      'translations.es.rules.shelbyville-insultz: the pack has no rule "shelbyville-insultz" (rules and photo rules are named by their id)',
    ]);
  });

  it('refuses a summary of a clause the pack does not have, naming it and the form a clause is named in', () => {
    expect(errors({ es: { clauses: { 'social-media#9.9': { summary: 'Nada.' }, '2.1': { summary: 'Nada.' } } } })).toEqual([
      'translations.es.clauses.social-media#9.9: the pack has no clause "social-media#9.9": name a clause as "<policy id>#<section>", e.g. "social-media#2.1"',
      'translations.es.clauses.2.1: the pack has no clause "2.1": name a clause as "<policy id>#<section>", e.g. "social-media#2.1"',
    ]);
  });

  it('refuses a suggestion for a rule that has none', () => {
    expect(errors({ es: { rules: { 'shelbyville-digs': { message: 'Una indirecta.', suggestion: 'No la publique.' } } } })).toEqual([
      'translations.es.rules.shelbyville-digs.suggestion: rule "shelbyville-digs" has no suggestion to translate',
    ]);
  });

  it('holds translated text to the rules of the English it stands for: plain, bounded, not empty', () => {
    expect(errors({ es: { rules: { 'shelbyville-insults': { message: '<b>Insulto</b>' } } } })).toEqual([
      'translations.es.rules.shelbyville-insults.message: must be plain text, without HTML or other markup',
    ]);
    expect(errors({ es: { clauses: { 'social-media#2.1': { summary: 'x'.repeat(401) } } } })[0]).toMatch(/^translations\.es\.clauses\.social-media#2\.1\.summary: Too big/);
    expect(errors({ es: { contact: '   ' } })[0]).toMatch(/^translations\.es\.contact: /);
    expect(errors({ es: { rules: { 'shelbyville-insults': { message: 'Insulto\u202etnemurtsni' } } } })).toEqual([
      'translations.es.rules.shelbyville-insults.message: must not contain control, invisible or text-direction characters',
    ]);
  });

  it('refuses a language PostCheck does not speak, unknown fields, and more entries than a pack can have', () => {
    expect(errors({ fr: { rules: {} } })[0]).toMatch(/^translations: Unrecognized key: "fr"/);
    expect(errors({ es: { policies: {} } })[0]).toMatch(/^translations\.es: Unrecognized key: "policies"/);
    const many = Object.fromEntries(Array.from({ length: MAX_TRANSLATED_RULES + 1 }, (_, i) => [`rule-${i}`, { message: 'Nota.' }]));
    expect(errors({ es: { rules: many } })).toContain(`translations.es.rules: at most ${MAX_TRANSLATED_RULES} rules may be translated`);
  });
});

describe('El Paso in Spanish', () => {
  const pack = bundledPack('el-paso');
  const es = pack.translations?.es;

  it('translates every clause summary, every rule’s and photo rule’s message and suggestion, and the contact line', () => {
    const clauses = pack.policies.flatMap((p) => p.clauses.map((c) => `${p.id}#${c.section}`));
    expect(Object.keys(es?.clauses ?? {}).sort()).toEqual([...clauses].sort());
    for (const rule of [...pack.rules, ...pack.imageRules]) {
      const entry = es?.rules?.[rule.id];
      expect(entry?.message, rule.id).toBeTruthy();
      expect(entry?.message, rule.id).not.toBe(rule.message);
      if (rule.suggestion) expect(entry?.suggestion, rule.id).toBeTruthy();
    }
    expect(es?.contact).toBeTruthy();
  });

  it('addresses the reader as usted, never tú', () => {
    const texts = [
      ...Object.values(es?.rules ?? {}).flatMap((r) => [r.message, r.suggestion ?? '', ...Object.values(r.kinds ?? {}).flatMap((k) => [k?.message ?? '', k?.suggestion ?? ''])]),
      ...Object.values(es?.clauses ?? {}).map((c) => c.summary),
    ];
    // Whole words only; \b is blind to accented letters, hence \p{L}.
    for (const text of texts) expect(text, text).not.toMatch(/(?<!\p{L})([Tt]ú|[Tt]us?|[Tt]e|ti|contigo|[Pp]uedes|[Dd]ebes|[Qq]uieres|[Tt]ienes|[Ee]res|[Ee]stás)(?!\p{L})/u);
  });

  it('finds the same things and says them in Spanish, with the clause text quoted exactly as in English', () => {
    const text = 'My supervisor is a lazy idiot. His SSN is 432-71-9904.';
    const english = check(text, pack);
    const spanish = check(text, localizePack(pack, 'es'));
    expect(spanish.map((f) => [f.ruleId, f.start, f.end, f.severity])).toEqual(english.map((f) => [f.ruleId, f.start, f.end, f.severity]));
    const ssn = spanish.find((f) => f.ruleId === 'confidential-identifiers')!;
    // Worded for what it found: an SSN, in the pack's Spanish for that kind.
    const ssnWording = es?.rules?.['confidential-identifiers']?.kinds?.ssn;
    expect(ssnWording).toBeDefined();
    expect(ssn).toMatchObject({ message: ssnWording?.message, suggestion: ssnWording?.suggestion, translated: true });
    const englishSsn = english.find((f) => f.ruleId === 'confidential-identifiers')!;
    expect(englishSsn.translated).toBeUndefined();
    expect(ssn.clauses.map((c) => c.text)).toEqual(englishSsn.clauses.map((c) => c.text));
    expect(ssn.clauses.every((c) => c.translated === true)).toBe(true);
    expect(ssn.clauses[0]!.summary).toBe(es?.clauses?.[`${ssn.clauses[0]!.policy}#${ssn.clauses[0]!.section}`]?.summary);
  });

  it('translates a detector’s note with its rule’s message', () => {
    const [f] = check('What a fucking week.', localizePack(pack, 'es'));
    expect(f?.message).toMatch(/^Esto contiene lenguaje obsceno.* Una grosería que no va dirigida a nadie/);
  });

  it('says what a photo shows in Spanish', () => {
    const [faces] = pictureFindings({ faces: 2, markRules: [], text: '', position: null }, localizePack(pack, 'es'), {}, 1);
    expect(faces).toMatchObject({ ruleId: 'photo-faces', translated: true, message: expect.stringMatching(/^En esta foto aparecen personas\..* \(Se ven 2 rostros\)\.$/) });
  });

  it('replaces the contact line and nothing but the shown texts', () => {
    const localized = localizePack(pack, 'es');
    expect(localized.contact).toBe(es?.contact);
    expect(localized.rules.map((r) => r.detector)).toEqual(pack.rules.map((r) => r.detector));
    expect(localized.policies.flatMap((p) => p.clauses.map((c) => c.text))).toEqual(pack.policies.flatMap((p) => p.clauses.map((c) => c.text)));
  });
});

describe('a pack without Spanish (Alexandria) under Spanish', () => {
  const pack = bundledPack('alexandria');
  const spanish = localizePack(pack, 'es');

  it('falls back to the pack’s English for its messages, suggestions, notes and summaries, unlabelled', () => {
    const text = 'My supervisor is a lazy idiot. What a fucking week.';
    const english = check(text, pack);
    const findings = check(text, spanish);
    expect(findings.length).toBeGreaterThan(1);
    expect(findings).toEqual(english);
    expect(findings.some((f) => f.translated || f.clauses.some((c) => c.translated))).toBe(false);
    expect(spanish.contact).toBe(pack.contact);
  });

  it('still gives the sentence judge’s own notes in Spanish: they are PostCheck’s words, not the pack’s', () => {
    const text = 'Funny how a certain someone always leaves before the work starts.';
    const thresholds = Object.fromEntries(JUDGED_CATEGORIES.map((c) => [c, { model: 0.6, withRules: 0.2 }])) as Thresholds;
    const units: JudgedUnit[] = judgeInputs(text).units.map((u) => ({ ...u, probs: JUDGED_CATEGORIES.map((c) => (c === 'grievance' ? 0.9 : 0.01)) }));
    const [es] = combineJudgment(text, [], units, thresholds, spanish);
    const [en] = combineJudgment(text, [], units, thresholds, pack);
    expect(es).toMatchObject({ message: JUDGMENT_MESSAGES_ES.grievance.message, suggestion: JUDGMENT_MESSAGES_ES.grievance.suggestion });
    expect(en).toMatchObject({ message: JUDGMENT_MESSAGES.grievance.message });
    expect(es!.clauses).toEqual(en!.clauses);
  });
});

describe('localizePack', () => {
  it('gives English packs back as they are, and one copy per pack and language', () => {
    const pack = bundledPack('el-paso');
    expect(localizePack(pack, 'en')).toBe(pack);
    expect(localizePack(pack, 'es')).toBe(localizePack(pack, 'es'));
    expect(localizePack(localizePack(pack, 'es'), 'es')).toBe(localizePack(pack, 'es'));
    expect(packLanguage(pack)).toBe('en');
    expect(packLanguage(localizePack(pack, 'es'))).toBe('es');
    expect(translationMarks(pack)).toBeUndefined();
  });

  it('marks a partial translation’s texts only', () => {
    const parsed = parsePack({ ...shelbyvillePack(), translations: SHELBYVILLE_ES });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const spanish = localizePack(parsed.pack, 'es');
    expect(translationMarks(spanish)).toEqual({ language: 'es', clauses: new Set(['social-media#2.1']), rules: new Set(['shelbyville-insults']) });
    const findings = check('Dave Miller is a moron and my supervisor is incompetent', spanish);
    expect(findings.map((f) => [f.ruleId, f.message, f.translated ?? false]).sort()).toEqual([
      ['shelbyville-digs', 'This reads as a dig at a supervisor or coworker.', false],
      ['shelbyville-insults', 'Esto se lee como un insulto contra una persona.', true],
    ]);
  });
});

describe('the sentence judge’s notes', () => {
  it('have a Spanish message and suggestion for every category, none the English', () => {
    for (const category of JUDGED_CATEGORIES) {
      expect(JUDGMENT_MESSAGES_ES[category].message).not.toBe(JUDGMENT_MESSAGES[category].message);
      expect(JUDGMENT_MESSAGES_ES[category].suggestion).not.toBe(JUDGMENT_MESSAGES[category].suggestion);
    }
  });
});

/**
 * Notes worded for what was found, and the fixes a detector can offer
 * (issue 23, item 2): a dig at a supervisor is not told to file a grievance; a
 * phone number, a door code, an SSN and a city e-mail address can be taken out
 * in one click (exactly those words); a title beside the city's name can
 * take "Views are my own." (a promise made for the city cannot: a disclaimer
 * never cancels it); El Paso says all of it in Spanish too.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../rules/engine';
import type { Finding } from '../../../rules/finding';
import { DISCLAIMER_TEXT } from '../../../rules/finding-kinds';
import { localizePack } from '../../../rules/localize-pack';
import { bundledPack } from '../../../rules/packs/index';
import { parsePack } from '../../../rules/schema';
import { FindingSchema } from '../../../utils/messages';
import { shelbyvillePack } from '../support/shelbyville-pack';

const elPaso = bundledPack('el-paso');
const one = (findings: Finding[], ruleId: string): Finding => {
  const found = findings.find((f) => f.ruleId === ruleId);
  if (!found) throw new Error(`no ${ruleId} in ${JSON.stringify(findings.map((f) => f.ruleId))}`);
  return found;
};
/** Applies a removal fix to the text it was found in, as the overlay does in the editor. */
const removed = (text: string, f: Finding) => {
  if (f.fix?.action !== 'remove') throw new Error('no removal fix');
  const at = f.start + f.fix.offset;
  expect(text.slice(at, at + f.fix.words.length)).toBe(f.fix.words);
  return text.slice(0, at) + text.slice(at + f.fix.words.length);
};

describe('wording per kind of finding', () => {
  it('answers a dig at a supervisor with "leave out the name", not the grievance procedure', () => {
    const f = one(check('My supervisor is such a genius, another brilliant plan from the top 🙄', elPaso), 'grievance');
    expect(f.message).toMatch(/dig/);
    expect(f.suggestion).toMatch(/Leave out the name/);
    expect(f.suggestion).not.toMatch(/grievance procedure/);
  });

  it('tells a coworker’s phone number to ask them first, and a stranger’s door code to be changed', () => {
    expect(one(check("my coworker Tina's cell is 318-555-0143 if you need her", elPaso), 'coworker-contact').suggestion).toMatch(/^Ask your coworker first, or leave out the number/);
    expect(one(check('the annex door code is 5591', elPaso), 'confidential-secrets').message).toBe('This looks like a door, gate or alarm code.');
  });

  it('keeps the rule’s own wording for a kind the rule does not word (a bank account number)', () => {
    const rule = elPaso.rules.find((r) => r.id === 'confidential-identifiers');
    const f = one(check('my SSN is 512-44-7781 lol', elPaso), 'confidential-identifiers');
    expect(f.message).toBe(rule?.kinds?.ssn?.message);
    expect(rule?.kinds?.['bank-account']).toBeUndefined();
  });

  it('says it in Spanish with El Paso’s translation, and every kind El Paso words is translated', () => {
    const f = one(check("my coworker Tina's cell is 318-555-0143 if you need her", localizePack(elPaso, 'es')), 'coworker-contact');
    expect(f.message).toBe('Esto comparte el número de teléfono de un compañero de trabajo.');
    expect(f.translated).toBe(true);
    const rules = elPaso.translations?.es?.rules ?? {};
    for (const rule of elPaso.rules)
      for (const kind of Object.keys(rule.kinds ?? {})) expect(rules[rule.id]?.kinds, `${rule.id} ${kind}`).toHaveProperty(kind);
  });

  it('refuses wording for a kind no detector makes, and a translation of a kind the rule does not word', () => {
    const pack = shelbyvillePack();
    const [first, ...rest] = pack.rules as { id: string }[];
    const withKinds = (kinds: unknown) => ({ ...pack, rules: [{ ...first, kinds }, ...rest] });
    expect(parsePack(withKinds({ 'phone-number': { message: 'A phone number.' } })).ok).toBe(false);
    const translated = { ...withKinds({ phone: { message: 'A phone number.' } }), translations: { es: { rules: { [first!.id]: { message: 'Un insulto.', kinds: { email: { message: 'Un correo.' } } } } } } };
    const result = parsePack(translated);
    expect(result.ok ? [] : result.errors).toEqual([`translations.es.rules.${first!.id}.kinds.email: rule "${first!.id}" has no wording for "email" to translate`]);
  });
});

describe('one-click fixes', () => {
  it('offers to remove exactly a phone number, a city e-mail address and an SSN', () => {
    const phone = "my coworker Tina's cell is 318-555-0143 if you need her";
    expect(removed(phone, one(check(phone, elPaso), 'coworker-contact'))).toBe("my coworker Tina's cell is  if you need her");
    const email = 'Questions? write me at jsmith@elpasotexas.gov this weekend';
    const f = one(check(email, elPaso), 'official-city-email');
    expect(f.fix).toMatchObject({ action: 'remove', what: 'city-email', words: 'jsmith@elpasotexas.gov' });
    const ssn = 'my SSN is 512-44-7781 lol';
    expect(removed(ssn, one(check(ssn, elPaso), 'confidential-identifiers'))).toBe('my SSN is  lol');
  });

  it('takes out the code, not the words around it, and the note goes with it', () => {
    for (const draft of ['the annex door code is 5591', 'alarm panel by the dock takes 8-0-4-4', 'gate code: 2280 if you need it']) {
      const f = one(check(draft, elPaso), 'confidential-secrets');
      expect(f.fix, draft).toMatchObject({ action: 'remove', what: 'code' });
      const fixed = removed(draft, f);
      expect(fixed.length, draft).toBeGreaterThan(draft.length - 11);
      expect(check(fixed, elPaso).filter((g) => g.ruleId === 'confidential-secrets'), fixed).toEqual([]);
    }
  });

  it('offers nothing mechanical for a password, a dig or a home address', () => {
    expect(one(check('the wifi password is Hunter2!', elPaso), 'confidential-secrets').fix).toBeUndefined();
    expect(one(check('My supervisor is such a genius, another brilliant plan from the top 🙄', elPaso), 'grievance').fix).toBeUndefined();
  });

  it('goes to the background with its finding, as the message contract allows (the badge and popup take them)', () => {
    const draft = "my coworker Tina's cell is 318-555-0143 if you need her. As a planner with the City of El Paso, I think the Mesa bike lanes are great.";
    const findings = check(draft, elPaso).filter((f) => f.fix);
    expect(new Set(findings.map((f) => f.fix?.action))).toEqual(new Set(['append', 'remove']));
    for (const f of findings) expect(FindingSchema.safeParse(f).success, f.ruleId).toBe(true);
  });

  it('offers "Views are my own." for a title beside the city\'s name, and the disclaimer lowers it', () => {
    const draft = 'As a planner with the City of El Paso, I think the new Mesa bike lanes are the best thing we have built in years.';
    const f = one(check(draft, elPaso), 'official-speaking-for');
    expect(f.fix).toEqual({ action: 'append', what: 'disclaimer', text: DISCLAIMER_TEXT });
    const after = one(check(`${draft} ${DISCLAIMER_TEXT}`, elPaso), 'official-speaking-for');
    expect(after.severity).toBe('info');
    expect(after.fix).toBeUndefined();
  });

  it('offers no disclaimer for a promise made for the city: a disclaimer never cancels it (LABELS.md)', () => {
    const draft = 'On behalf of the City of El Paso, we will have the potholes on Mesa fixed by Friday.';
    expect(one(check(draft, elPaso), 'official-speaking-for').fix).toBeUndefined();
  });
});

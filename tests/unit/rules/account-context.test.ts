/**
 * Official-account mode in the engine: posting as the City, Alexandria's
 * Official Social Media Policy applies instead of the employee policy — its
 * content checks (5.5, 5.6.x), the 5.4 reminder and the 6.1 link note — and
 * the employee policy's notes (speaking for the City, grievances, work time)
 * are off. A pack without an official-accounts policy checks as it always did.
 */
import { describe, expect, it } from 'vitest';
import { hasOfficialPolicy, packFor, publicRecordClause } from '../../../rules/account-context';
import { check } from '../../../rules/engine';
import { applyJudgment } from '../../../rules/judgment/check';
import { judgeInputs, type Thresholds } from '../../../rules/judgment/combine';
import { JUDGED_CATEGORIES } from '../../../rules/judgment/units';
import { bundledPack } from '../../../rules/packs/index';

const alexandria = bundledPack('alexandria');
const asCity = (text: string) => check(text, alexandria, { account: 'official' });
const asSelf = (text: string) => check(text, alexandria, { account: 'personal' });
const cited = (findings: { clauses: { policy: string; section: string }[] }[]) => findings.map((f) => f.clauses.map((c) => `${c.policy} ${c.section}`));

describe('the rules that apply to a post as the City', () => {
  it('are the rules citing the official-accounts policy, each citing only its clauses', () => {
    const official = packFor(alexandria, 'official');
    expect(official.rules.map((r) => r.id)).not.toEqual(expect.arrayContaining(['official-speaking-for']));
    for (const rule of official.rules) for (const ref of rule.clauses) expect(ref.policy, rule.id).toBe('official');
    for (const id of ['official-speaking-for', 'official-signature', 'official-city-email', 'grievance', 'work-time', 'personal-safety-own-details'])
      expect(official.rules.some((r) => r.id === id), id).toBe(false);
    // Photo rules too: the City's own seal on the City's account is no note.
    expect(official.imageRules.map((r) => r.id)).toEqual([]);
  });

  it('are the same object each time, and asked again for the same account, the pack given', () => {
    const official = packFor(alexandria, 'official');
    expect(packFor(alexandria, 'official')).toBe(official);
    expect(packFor(official, 'official')).toBe(official);
  });

  it('leave posts as oneself as they were: personal notes cite the employee policy and only the official clause that binds everyone', () => {
    const personal = packFor(alexandria, 'personal');
    for (const rule of personal.rules)
      for (const ref of rule.clauses) expect(ref.policy === 'employee' || (ref.policy === 'official' && ref.section === '5.5'), `${rule.id} ${ref.section}`).toBe(true);
    expect(personal.rules.some((r) => r.id.startsWith('official-political'))).toBe(false);
    expect(asSelf('I work for the City of Alexandria and we will announce the new park hours tomorrow.').some((f) => f.category === 'official-capacity')).toBe(true);
    expect(check('I work for the City of Alexandria and we will announce the new park hours tomorrow.', alexandria)).toEqual(
      asSelf('I work for the City of Alexandria and we will announce the new park hours tomorrow.'),
    );
  });
});

describe('a post as the City', () => {
  it('gets no note for speaking for the City, which is the job', () => {
    const findings = asCity('On behalf of the City of Alexandria, we are announcing new park hours: details at https://www.cityofalexandriala.com/parks');
    expect(findings.filter((f) => f.category === 'official-capacity')).toEqual([]);
    expect(cited(findings)).toEqual([['official 5.4']]);
  });

  it('flags a political endorsement under 5.6.7', () => {
    const findings = asCity('Vote for Jane Smith for mayor on Saturday! https://www.cityofalexandriala.com/elections');
    const note = findings.find((f) => f.ruleId === 'official-political');
    expect(note?.severity).toBe('warn');
    expect(note?.clauses.map((c) => c.section)).toEqual(['5.6.7', '5.6']);
    expect(note?.clauses[0]?.text).toBe(
      'Comments determined by the City to be a specific attack on groups or individuals or to be inherently political in nature or cause as well as posts endorsing or campaigning for any specific candidate for elected office.',
    );
    // The same words as oneself are a citizen's own politics: no note.
    expect(asSelf('Vote for Jane Smith for mayor on Saturday!').some((f) => f.ruleId === 'official-political')).toBe(false);
  });

  it('cites the official policy for the content checks: profanity 5.6.2, confidential 5.5, private facts 5.6.9', () => {
    const profane = asCity('The damn water main broke again on Jackson Street, fuck.').find((f) => f.category === 'harassment');
    expect(profane?.clauses[0]).toMatchObject({ policy: 'official', section: '5.6.2', text: 'Profane language or content.' });
    const ssn = asCity('The SSN 536-22-8841 was on the form at cityofalexandriala.com.').find((f) => f.ruleId === 'confidential-identifiers');
    expect(ssn?.clauses.map((c) => c.section)).toEqual(['5.5', '5.6.9']);
  });

  it('gets the 6.1 note (info) when it links nowhere on the City’s website, and none when it does', () => {
    const link = (text: string) => asCity(text).filter((f) => f.ruleId === 'official-city-link');
    const [note] = link('Trash pickup moves to Tuesday this week.');
    expect(note).toMatchObject({ severity: 'info', start: 0, end: 0 });
    expect(note?.clauses[0]?.text).toBe(
      "The City of Alexandria requires that postings addressing official government business must be posted to the City's website with social media platforms serving as a secondary outlet. A post addressing official government business should link back to the official website for additional information.",
    );
    expect(link('Trash pickup moves to Tuesday. More: https://www.example.com/cityofalexandriala.com or write to info@cityofalexandriala.com')).toHaveLength(1);
    expect(link('Trash pickup moves to Tuesday: https://www.cityofalexandriala.com/sanitation')).toEqual([]);
    expect(link('Trash pickup moves to Tuesday (see CityOfAlexandriaLA.com/trash).')).toEqual([]);
    expect(link('   ')).toEqual([]);
  });

  it('gets the 5.4 reminder once, as an info note about the whole post', () => {
    const reminders = asCity('Trash pickup moves to Tuesday: https://www.cityofalexandriala.com/sanitation').filter((f) => f.ruleId === 'official-subject-scope');
    expect(reminders).toMatchObject([{ severity: 'info', start: 0, end: 0, clauses: [{ section: '5.4', text: 'Authorized users shall only post within their area of subject matter expertise.' }] }]);
  });

  it('gets no note from the sentence judge for speaking for the City, even where it reads the sentence so', () => {
    const text = 'We at the City are proud to announce the new library hours, details at cityofalexandriala.com.';
    const official = packFor(alexandria, 'official');
    const ruleFindings = check(text, official, { account: 'official' });
    const { units } = judgeInputs(text);
    const thresholds = Object.fromEntries(JUDGED_CATEGORIES.map((c) => [c, { model: 0.5, withRules: 0.1 }])) as Thresholds;
    const sure = JUDGED_CATEGORIES.map((c) => (c === 'official-capacity' || c === 'grievance' ? 0.99 : 0.01));
    const judged = applyJudgment(text, ruleFindings, units.map((u) => ({ ...u, probs: sure })), thresholds, official);
    expect(judged.filter((f) => f.category === 'official-capacity' || f.category === 'grievance')).toEqual([]);
    // The same reading on a personal post is a note.
    const personal = packFor(alexandria, 'personal');
    expect(applyJudgment(text, check(text, personal), units.map((u) => ({ ...u, probs: sure })), thresholds, personal).some((f) => f.category === 'official-capacity')).toBe(true);
  });

  it('names the clause that makes the post a public record (6.2)', () => {
    expect(publicRecordClause(alexandria)).toMatchObject({ policy: 'official', section: '6.2', text: 'Documents and records generated as a result of this policy will be maintained in accordance with the Freedom of Information Act and the Louisiana Public Records Act, Title 44.' });
  });
});

describe('a pack without an official-accounts policy', () => {
  it('checks a post as the City exactly as a personal one', () => {
    const elPaso = bundledPack('el-paso');
    expect(hasOfficialPolicy(elPaso)).toBe(false);
    expect(packFor(elPaso, 'official')).toBe(elPaso);
    expect(publicRecordClause(elPaso)).toBeNull();
    const text = 'Speaking on behalf of the City of El Paso: the pool opens Monday. Damn hot out.';
    expect(check(text, elPaso, { account: 'official' })).toEqual(check(text, elPaso));
  });
});

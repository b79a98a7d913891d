// Rules and the judge decided together: firm validators stand, the judge vetoes a word list's innocent hit, adds what the rules miss, and never calls protected speech a grievance.
import { describe, expect, it } from 'vitest';
import { check } from '../../../../rules/engine';
import { combineJudgment, judgeInputs, packThresholds, unitsToReadAlone, type JudgedUnit, type Thresholds } from '../../../../rules/judgment/combine';
import { parsePack } from '../../../../rules/schema';
import { applyJudgment } from '../../../../rules/judgment/check';
import { JUDGED_CATEGORIES, type JudgedCategory } from '../../../../rules/judgment/units';
import { bundledPack } from '../../../../rules/packs/index';

const thresholds = Object.fromEntries(JUDGED_CATEGORIES.map((c) => [c, { model: 0.6, withRules: 0.2 }])) as Thresholds;
const pack = bundledPack('alexandria');

/** Every unit of the draft judged with these probabilities (the rest 0.01). */
function judged(text: string, probs: (sentence: string) => Partial<Record<JudgedCategory, number>>): JudgedUnit[] {
  return judgeInputs(text).units.map((u) => {
    const p = probs(text.slice(u.start, u.end));
    return { ...u, probs: JUDGED_CATEGORIES.map((c) => p[c] ?? 0.01) };
  });
}

describe('combineJudgment', () => {
  it('keeps a firm finding (a valid SSN) whatever the judge says', () => {
    const text = 'The form had SSN 432-71-9904 on it.';
    const rules = check(text, pack);
    expect(rules.some((f) => f.ruleId === 'confidential-identifiers')).toBe(true);
    const out = combineJudgment(text, rules, judged(text, () => ({})), thresholds, pack);
    expect(out.some((f) => f.ruleId === 'confidential-identifiers')).toBe(true);
  });

  it('drops a word-list finding the judge reads as innocent, keeps it when the judge agrees a little', () => {
    const text = 'my supervisor is a lazy idiot';
    const rules = check(text, pack);
    expect(rules.map((f) => f.category)).toContain('grievance');
    const vetoed = combineJudgment(text, rules, judged(text, () => ({ grievance: 0.05, harassment: 0.05 })), thresholds, pack);
    expect(vetoed.map((f) => f.category)).not.toContain('grievance');
    const kept = combineJudgment(text, rules, judged(text, () => ({ grievance: 0.3 })), thresholds, pack);
    expect(kept.filter((f) => f.category === 'grievance').map((f) => f.ruleId)).toEqual(['grievance']);
  });

  it('keeps the rules alone where the judge has not answered', () => {
    const text = 'my supervisor is a lazy idiot';
    const rules = check(text, pack);
    const unanswered = judgeInputs(text).units.map((u) => ({ ...u, probs: null }));
    expect(combineJudgment(text, rules, unanswered, thresholds, pack)).toEqual(rules);
  });

  it('adds the judge’s own finding on the sentence that carries it, citing the category’s clauses, as a judgment', () => {
    const text = 'Great turnout at the cookout. Funny how a certain someone always finds a way to leave before the work starts. Anyway, good food!';
    const out = combineJudgment(text, [], judged(text, (s) => (s.startsWith('Funny') ? { grievance: 0.9 } : {})), thresholds, pack);
    expect(out).toHaveLength(1);
    const [f] = out;
    expect(text.slice(f!.start, f!.end)).toBe('Funny how a certain someone always finds a way to leave before the work starts.');
    expect(f).toMatchObject({ category: 'grievance', ruleId: 'judgment-grievance', severity: 'warn' });
    expect(f!.message).toMatch(/^This may read as/);
    expect(f!.clauses.map((c) => c.section)).toEqual(['4.4', '4.5', '4.9']);
  });

  it('makes one note of neighbouring sentences that carry the same judgment, and two of sentences apart', () => {
    const text = 'Funny how a certain someone takes the credit at the staff meeting. Every. Single. Time. Anyway, good food! And the same someone left early.';
    const out = combineJudgment(text, [], judged(text, (s) => (s.startsWith('Anyway') ? {} : { grievance: 0.9 })), thresholds, pack);
    expect(out.map((f) => text.slice(f.start, f.end))).toEqual([
      'Funny how a certain someone takes the credit at the staff meeting. Every. Single. Time.',
      'And the same someone left early.',
    ]);
  });

  it('draws a run’s note on the sentences that carry it read alone, not on the innocent neighbour the context lit up', () => {
    const text = 'Proud of this crew. Of course our director took all the credit at the council meeting again. Still, I love this work.';
    const units = judged(text, (s) => (s.startsWith('Proud') ? {} : { grievance: 0.99 }));
    const runs = unitsToReadAlone(text, [], units, thresholds, pack);
    expect(runs.map((i) => text.slice(units[i]!.start, units[i]!.end))).toEqual(['Of course our director took all the credit at the council meeting again.', 'Still, I love this work.']);
    // Not read alone yet: the whole run, one note.
    expect(combineJudgment(text, [], units, thresholds, pack).map((f) => text.slice(f.start, f.end))).toEqual([
      'Of course our director took all the credit at the council meeting again. Still, I love this work.',
    ]);
    const alone = (s: string) => JUDGED_CATEGORIES.map((c) => (c === 'grievance' && s.startsWith('Of course') ? 0.97 : 0.02));
    for (const i of runs) units[i] = { ...units[i]!, alone: alone(text.slice(units[i]!.start, units[i]!.end)) };
    expect(combineJudgment(text, [], units, thresholds, pack).map((f) => text.slice(f.start, f.end))).toEqual(['Of course our director took all the credit at the council meeting again.']);
    // A judgment only the sentences together carry ("…takes the credit. Every. Single. Time.") keeps the whole run.
    for (const i of runs) units[i] = { ...units[i]!, alone: JUDGED_CATEGORIES.map(() => 0.02) };
    expect(combineJudgment(text, [], units, thresholds, pack)).toHaveLength(1);
    expect(text.slice(combineJudgment(text, [], units, thresholds, pack)[0]!.start)).toMatch(/^Of course/);
  });

  it('asks nothing more where no two neighbouring sentences share a judgment', () => {
    const text = 'Great turnout at the cookout. Funny how a certain someone always leaves before the work starts. Anyway, good food!';
    expect(unitsToReadAlone(text, [], judged(text, (s) => (s.startsWith('Funny') ? { grievance: 0.9 } : {})), thresholds, pack)).toEqual([]);
  });

  it('never lets the judge call protected speech a grievance', () => {
    const text = 'Union meeting Thursday: we are pushing together for better pay and safer staffing levels in sanitation.';
    const out = applyJudgment(text, [], judged(text, () => ({ grievance: 0.99 })), thresholds, pack);
    expect(out.map((f) => f.category)).not.toContain('grievance');
  });

  it('never makes a grievance block, even in a pack that set its grievance rule to block', () => {
    const strict = { ...pack, rules: pack.rules.map((r) => (r.category === 'grievance' ? { ...r, severity: 'block' as const } : r)) };
    const text = 'Some people in this office should be ashamed of how they run things.';
    const out = combineJudgment(text, [], judged(text, () => ({ grievance: 0.95 })), thresholds, strict);
    expect(out[0]).toMatchObject({ category: 'grievance', severity: 'warn' });
  });

  it('follows the pack’s sensitivity: a city that flags more of a category sees the judge’s finding at a lower probability', () => {
    const text = 'Shout out to Marcus on the back of truck 12 today, he worked like a dog in this heat.';
    const probs = judged(text, () => ({ 'coworker-privacy': 0.5 }));
    expect(combineJudgment(text, [], probs, thresholds, pack).map((f) => f.category)).toEqual([]);
    const stricter = { ...pack, judgment: { sensitivity: { 'coworker-privacy': 2 } } };
    expect(combineJudgment(text, [], probs, thresholds, stricter).map((f) => f.category)).toEqual(['coworker-privacy']);
    const moved = packThresholds(thresholds, { ...pack, judgment: { sensitivity: { harassment: -1 } } });
    expect(moved.harassment).toEqual({ model: 0.65, withRules: 0.25 });
    expect(moved.grievance).toEqual(thresholds.grievance);
  });

  it('refuses a sensitivity outside ±4 steps or for a category the judge does not read', () => {
    const raw = JSON.parse(JSON.stringify(pack)) as Record<string, unknown>;
    expect(parsePack({ ...raw, judgment: { sensitivity: { grievance: 9 } } })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^judgment\.sensitivity\.grievance: /)] });
    expect(parsePack({ ...raw, judgment: { sensitivity: { 'work-time': 1 } } }).ok).toBe(false);
    expect(parsePack({ ...raw, judgment: { sensitivity: { grievance: -1 } } }).ok).toBe(true);
  });
});


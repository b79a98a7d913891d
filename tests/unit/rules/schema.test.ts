import { describe, expect, it } from 'vitest';
import { bundledPackSource } from '../../../rules/packs/index';
import { parsePack } from '../../../rules/schema';

const valid = () => structuredClone(bundledPackSource('vicksburg')) as Record<string, unknown> & { rules: Record<string, unknown>[] };

describe('parsePack', () => {
  it('accepts every bundled pack', () => {
    expect(parsePack(valid()).ok).toBe(true);
  });

  it('explains a rule that cites a clause the pack does not have', () => {
    const pack = valid();
    pack.rules[0]!.clauses = [{ policy: 'networking', section: 'Procedure 99' }];
    const result = parsePack(pack);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(/^rule "[a-z0-9.-]+": clauses: cites networking section "Procedure 99", which the pack does not contain$/m);
  });

  it('names the field for a wrong type, an unknown detector kind and an unknown key', () => {
    const pack = valid();
    pack.version = 'two';
    pack.rules[1]!.detector = { kind: 'regex', pattern: '(a+)+$' };
    (pack as Record<string, unknown>).__proto__extra = true;
    const result = parsePack(pack);
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.errors.join('\n') : '';
    expect(errors).toMatch(/^version: /m);
    expect(errors).toMatch(/^rule "[a-z0-9.-]+": detector/m);
    expect(errors).toMatch(/__proto__extra/);
  });

  it('rejects duplicate rule ids and a grievance-free empty rule list', () => {
    const pack = valid();
    pack.rules[1]!.id = pack.rules[0]!.id;
    expect(parsePack(pack).ok).toBe(false);
    expect(parsePack({ ...valid(), rules: [] }).ok).toBe(false);
  });

  it('rejects things that are not packs at all', () => {
    for (const junk of [null, 42, 'pack', [], {}]) expect(parsePack(junk).ok).toBe(false);
  });
});

// Issue 23, item 7: an author editing the JSON finds the rule by its id and the field by its name, not by counting array positions.
describe('where a pack is wrong', () => {
  it('names the rule by id and the field, the clause by policy and section, never a position like rules.9.category', () => {
    const pack = valid() as ReturnType<typeof valid> & { policies: { id: string; clauses: { section: string; text: string }[] }[] };
    const grievance = pack.rules.findIndex((r) => r.category === 'grievance');
    const other = grievance === 0 ? 1 : 0;
    pack.rules[grievance]!.severity = 'block';
    pack.rules[other]!.category = 'gossip';
    pack.policies[0]!.clauses[1]!.text = '<b>bold</b>';
    const result = parsePack(pack);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual([
      `policy "${pack.policies[0]!.id}" section "${pack.policies[0]!.clauses[1]!.section}": text: must be plain text, without HTML or other markup`,
      expect.stringMatching(new RegExp(`^rule "${pack.rules[other]!.id}": category: `)),
    ]);
    // Refinements run once the shapes are right: the grievance rule is named with its field.
    pack.rules[other]!.category = 'harassment';
    pack.policies[0]!.clauses[1]!.text = 'Plain words.';
    const again = parsePack(pack);
    expect(again.ok || again.errors).toEqual([`rule "${pack.rules[grievance]!.id}": severity: grievance rules may warn at most (never block): talk about work is often protected speech`]);
  });

  it('counts a rule whose id is unusable (never echoing what the id holds)', () => {
    const pack = valid();
    pack.rules[1]!.id = '../../etc/passwd';
    const result = parsePack(pack);
    expect(result.ok || result.errors).toEqual(['rule 2: id: use lower-case letters, digits, dots and dashes (max 64)']);
  });
});

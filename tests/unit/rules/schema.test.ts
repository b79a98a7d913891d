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
    expect(!result.ok && result.errors.join('\n')).toMatch(/rules\.0\.clauses\.0: .*"Procedure 99", which the pack does not contain/);
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
    expect(errors).toMatch(/rules\.1\.detector/);
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

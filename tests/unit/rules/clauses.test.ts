/** Clause text is quoted exactly from the policy files, and every reference resolves. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACK_IDS, bundledPack } from '../../../rules/packs/index';

const POLICY_DIR = new URL('../../fixtures/policies/', import.meta.url);
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(BUNDLED_PACK_IDS)('pack %s', (id) => {
  const pack = bundledPack(id);
  for (const policy of pack.policies) {
    const source = normalise(readFileSync(new URL(policy.source, POLICY_DIR), 'utf8'));
    for (const clause of policy.clauses) {
      it(`${policy.id} §${clause.section} is verbatim`, () => {
        // " … " marks text the policy file interrupts (a page break, a stray list marker).
        let from = 0;
        for (const fragment of clause.text.split(' … ')) {
          const at = source.indexOf(normalise(fragment), from);
          expect(at, `fragment not found in ${policy.source}: "${fragment.slice(0, 80)}…"`).toBeGreaterThanOrEqual(0);
          from = at + fragment.length;
        }
      });
    }
  }

  it('every rule cites clauses that exist and carry their text', () => {
    const sections = new Set(pack.policies.flatMap((p) => p.clauses.map((c) => `${p.id}#${c.section}`)));
    for (const rule of pack.rules) for (const ref of rule.clauses) expect(sections).toContain(`${ref.policy}#${ref.section}`);
  });

  it('grievance is never a blocking finding', () => {
    for (const rule of pack.rules.filter((r) => r.category === 'grievance')) expect(rule.severity).not.toBe('block');
  });
});

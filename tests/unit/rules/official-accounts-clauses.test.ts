/**
 * A policy for the City's own accounts does not govern personal posts: a
 * personal-post rule may cite one of its clauses only when the pack marks that
 * clause as binding everyone (Alexandria's official §5.5, "No confidential
 * information will be posted to any social media under any circumstances").
 */
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../rules/packs/index';
import { parsePack } from '../../../rules/schema';

function pack(bindsEveryone: boolean | undefined): Record<string, unknown> {
  return {
    id: 'springfield',
    city: 'City of Springfield',
    version: 1,
    policyVersion: '2026-1',
    date: '2026-11-01',
    contact: 'Questions? Ask Communications, ext. 4100.',
    policies: [
      {
        id: 'employee',
        title: 'Employee Social Media Policy',
        source: 'employee.pdf',
        clauses: [{ section: '2', text: 'Employees shall not share confidential information.', summary: 'Nothing confidential.' }],
      },
      {
        id: 'official',
        title: 'Official Accounts Policy',
        source: 'official.pdf',
        governs: 'official-accounts',
        clauses: [{ section: '7', text: 'Department accounts post only approved content.', summary: 'Approved content only.', ...(bindsEveryone === undefined ? {} : { bindsEveryone }) }],
      },
    ],
    lexicon: { cityNames: ['City of Springfield'] },
    rules: [
      {
        id: 'springfield-marker',
        category: 'confidential',
        severity: 'warn',
        detector: { kind: 'phrases', phrases: ['internal only'] },
        clauses: [
          { policy: 'employee', section: '2' },
          { policy: 'official', section: '7' },
        ],
        message: 'This looks internal.',
        examples: { match: ['this is internal only'], noMatch: ['lunch was great'] },
      },
    ],
  };
}

describe('clauses of a policy for the City’s official accounts', () => {
  it('are refused on a personal-post rule, naming the rule and the clause', () => {
    for (const binds of [undefined, false]) {
      const result = parsePack(pack(binds));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors).toEqual([
        expect.stringMatching(/rule "springfield-marker": clauses: cites official section "7", a clause for the City's official accounts; mark the clause "bindsEveryone": true/),
      ]);
    }
  });

  it('are allowed where the pack says the clause binds everyone', () => {
    expect(parsePack(pack(true)).ok).toBe(true);
  });

  it('in Alexandria’s pack: only §5.5 is cited on personal posts, and never as a note’s primary clause', () => {
    const alexandria = bundledPack('alexandria');
    const official = alexandria.policies.find((p) => p.governs === 'official-accounts');
    expect(official?.clauses.filter((c) => c.bindsEveryone).map((c) => c.section)).toEqual(['5.5']);
    for (const rule of [...alexandria.rules, ...alexandria.imageRules]) expect(rule.clauses[0]?.policy, rule.id).toBe('employee');
  });
});

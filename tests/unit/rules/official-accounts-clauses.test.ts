/**
 * A policy for the City's own accounts does not govern personal posts: a note
 * on a personal post cites one of its clauses only when the pack marks that
 * clause as binding everyone (Alexandria's official §5.5, "No confidential
 * information will be posted to any social media under any circumstances").
 * A rule may cite both policies; each context takes its own clauses
 * (rules/account-context.ts), and a rule with none for personal posts does not
 * run on them.
 */
import { describe, expect, it } from 'vitest';
import { packFor } from '../../../rules/account-context';
import { check } from '../../../rules/engine';
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
  it('are left off a personal post’s note, and a rule citing only them does not run on personal posts', () => {
    for (const binds of [undefined, false]) {
      const result = parsePack(pack(binds));
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const [personal] = check('this is internal only', result.pack);
      expect(personal?.clauses.map((c) => `${c.policy} ${c.section}`)).toEqual(['employee 2']);
      const [official] = check('this is internal only', result.pack, { account: 'official' });
      expect(official?.clauses.map((c) => `${c.policy} ${c.section}`)).toEqual(['official 7']);
      const onlyOfficial = { ...result.pack, rules: result.pack.rules.map((r) => ({ ...r, clauses: [{ policy: 'official', section: '7' }] })) };
      expect(check('this is internal only', onlyOfficial)).toEqual([]);
    }
  });

  it('are cited on personal posts too where the pack says the clause binds everyone', () => {
    const result = parsePack(pack(true));
    expect(result.ok).toBe(true);
    if (result.ok) expect(check('this is internal only', result.pack)[0]?.clauses.map((c) => c.section)).toEqual(['2', '7']);
  });

  it('in Alexandria’s pack: only §5.5 is cited on personal posts, and never as a note’s primary clause', () => {
    const alexandria = bundledPack('alexandria');
    const official = alexandria.policies.find((p) => p.governs === 'official-accounts');
    expect(official?.clauses.filter((c) => c.bindsEveryone).map((c) => c.section)).toEqual(['5.5']);
    const personal = packFor(alexandria, 'personal');
    for (const rule of [...personal.rules, ...personal.imageRules]) {
      expect(rule.clauses[0]?.policy, rule.id).toBe('employee');
      for (const ref of rule.clauses) if (ref.policy === 'official') expect(ref.section, rule.id).toBe('5.5');
    }
  });
});

/**
 * "A grievance rule never blocks" holds for every pack, not only the bundled
 * ones: an outside city's pack that sets its grievance rule to block is refused
 * by the schema itself, so `postcheck validate`, `postcheck sign` and the
 * updater all refuse it, each saying why.
 */
import { describe, expect, it } from 'vitest';
import { parsePack, type Severity } from '../../../rules/schema';
import { signedByCli, updatedFrom, validated } from '../support/refusal-paths';

/** A city none of the bundled packs is for, written from scratch as its communications office would. */
function springfield(severity: Severity, version = 1): Record<string, unknown> {
  return {
    id: 'springfield',
    city: 'City of Springfield',
    version,
    policyVersion: '2026-1',
    date: '2026-11-01',
    contact: 'Questions? Ask Communications, ext. 4100.',
    policies: [
      {
        id: 'social-media',
        title: 'Springfield Social Media Policy',
        source: 'springfield-social-media-policy.pdf',
        clauses: [{ section: '3.2', text: 'Employees shall not disparage supervisors or coworkers on social media.', summary: 'No digs at supervisors or coworkers online.' }],
      },
    ],
    lexicon: { cityNames: ['City of Springfield', 'Springfield'] },
    rules: [
      {
        id: 'springfield-grievance',
        category: 'grievance',
        severity,
        detector: { kind: 'grievance' },
        clauses: [{ policy: 'social-media', section: '3.2' }],
        message: 'This reads as a dig at a supervisor or coworker.',
        examples: { match: ['my supervisor is a lazy idiot'], noMatch: ['Our union meets Thursday to talk about overtime pay'] },
      },
    ],
  };
}

const REASON = /rule "springfield-grievance": severity: grievance rules may warn at most \(never block\)/;

describe('a grievance rule set to block, in an outside pack', () => {
  it('is refused by the schema with the reason, while the same pack with warn is valid', () => {
    expect(parsePack(springfield('warn')).ok).toBe(true);
    const result = parsePack(springfield('block'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(REASON)]);
  });

  it('is refused by postcheck validate', async () => {
    expect((await validated(springfield('warn'))).code).toBe(0);
    const { code, stderr } = await validated(springfield('block'));
    expect(code).toBe(1);
    expect(stderr).toMatch(REASON);
  });

  it('is refused by postcheck sign, which writes nothing', async () => {
    const { code, stderr, wrote } = await signedByCli(springfield('block'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/not a valid pack, so it was not signed/);
    expect(stderr).toMatch(REASON);
    expect(wrote).toBe(false);
  });

  it('is refused by the updater from IT’s address, even signed with IT’s key, which keeps the last good pack', async () => {
    const { first, second, kept } = await updatedFrom('springfield', springfield('warn', 2), springfield('block', 3));
    expect(first).toBeUndefined();
    expect(second).toMatch(/not a valid pack/);
    expect(second).toMatch(REASON);
    expect(kept?.rules[0]?.severity).toBe('warn');
  });
});

import { describe, expect, it } from 'vitest';
import { groupByClause } from '../../../components/ClauseGroups';
import type { Finding } from '../../../rules/finding';

const clause = (section: string) => ({ policy: 'employee', section, text: `clause ${section}` });
const finding = (ruleId: string, severity: Finding['severity'], start: number, sections: string[]): Finding => ({
  category: 'confidential',
  ruleId,
  severity,
  start,
  end: start + 1,
  message: ruleId,
  clauses: sections.map(clause),
});

describe('the pre-post dialog groups findings by the clause they cite', () => {
  it('puts findings citing the same clauses together, the most serious group first', () => {
    const groups = groupByClause([
      finding('insult', 'warn', 0, ['4.5']),
      finding('phone', 'block', 10, ['4.8']),
      finding('marker', 'block', 5, ['4.8', '4.9']),
      finding('threat', 'warn', 20, ['4.5']),
      finding('memo', 'block', 30, ['4.8', '4.9']),
    ]);
    expect(groups.map((g) => [g.clauses.map((c) => c.section), g.findings.map((f) => f.ruleId)])).toEqual([
      [['4.8', '4.9'], ['marker', 'memo']],
      [['4.8'], ['phone']],
      [['4.5'], ['insult', 'threat']],
    ]);
  });

  it('keeps a finding that cites no clause in a group of its own', () => {
    const groups = groupByClause([finding('x', 'warn', 0, [])]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.clauses).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { groupByCategory } from '../../../components/CategoryGroups';
import type { Finding } from '../../../rules/finding';

const clause = (section: string) => ({ policy: 'employee', section, text: `clause ${section}` });
const finding = (ruleId: string, category: Finding['category'], severity: Finding['severity'], start: number, sections: string[]): Finding => ({
  category,
  ruleId,
  severity,
  start,
  end: start + 1,
  message: ruleId,
  clauses: sections.map(clause),
});

describe('notes are grouped by what they are about (the dialog, the popup, the practice page)', () => {
  it('puts notes of one category together, whatever clauses they cite, the group with the most serious note first', () => {
    const groups = groupByCategory([
      finding('insult', 'harassment', 'warn', 0, ['4.5']),
      finding('phone', 'coworker-privacy', 'block', 10, ['4.8']),
      finding('marker', 'confidential', 'block', 5, ['4.8', '4.9']),
      finding('threat', 'harassment', 'warn', 20, ['4.2', '4.5']),
      finding('memo', 'confidential', 'block', 30, ['4.8']),
    ]);
    expect(groups.map((g) => [g.category, g.findings.map((f) => f.ruleId)])).toEqual([
      ['confidential', ['marker', 'memo']],
      ['coworker-privacy', ['phone']],
      ['harassment', ['insult', 'threat']],
    ]);
  });

  it('keeps a note that cites no clause', () => {
    expect(groupByCategory([finding('x', 'work-time', 'info', 0, [])])).toEqual([{ category: 'work-time', findings: [expect.objectContaining({ ruleId: 'x' })] }]);
  });
});

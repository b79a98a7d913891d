import { describe, expect, it } from 'vitest';
import { carryFindings } from '../../../entrypoints/content/dom/offsets';
import type { Finding } from '../../../rules/finding';

const finding = (start: number, end: number): Finding => ({
  category: 'harassment',
  ruleId: 'r',
  severity: 'warn',
  start,
  end,
  message: 'm',
  clauses: [],
});

describe('carryFindings: keeping highlights on their words while the user types', () => {
  const checked = 'you idiot, see you at noon';
  const idiot = finding(4, 9);

  it('keeps findings when the text has not changed', () => {
    expect(carryFindings(checked, checked, [idiot])).toEqual([idiot]);
  });

  it('keeps findings before an edit where they are', () => {
    const now = `${checked}!!`;
    expect(carryFindings(checked, now, [idiot])).toEqual([idiot]);
  });

  it('shifts findings after an edit by the length of the edit', () => {
    const now = `Honestly, ${checked}`;
    const [moved] = carryFindings(checked, now, [idiot]);
    expect(now.slice(moved!.start, moved!.end)).toBe('idiot');
  });

  it('drops a finding whose words were edited, until the next check', () => {
    expect(carryFindings(checked, 'you idXiot, see you at noon', [idiot])).toEqual([]);
    expect(carryFindings(checked, 'you diot, see you at noon', [idiot])).toEqual([]);
    // Typing right after the word leaves the word itself where it was.
    expect(carryFindings(checked, 'you idiots, see you at noon', [idiot])).toEqual([idiot]);
  });

  it('handles surrogate pairs and repeated characters without drifting', () => {
    const before = 'aaa 😀 idiot';
    const f = finding(7, 12);
    expect(before.slice(7, 12)).toBe('idiot');
    const after = 'aaaa 😀 idiot';
    const [moved] = carryFindings(before, after, [f]);
    expect(after.slice(moved!.start, moved!.end)).toBe('idiot');
  });
});

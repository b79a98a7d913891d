import { describe, expect, it } from 'vitest';
import { check, effectiveLexicon, mergeFindings } from '../../../rules/engine';
import type { Finding } from '../../../rules/finding';
import { bundledPack } from '../../../rules/packs/index';

const pack = bundledPack('alexandria');

describe('check', () => {
  it('flags a confidentiality marker with exact offsets and the cited clause text', () => {
    const text = 'FYI the memo is CONFIDENTIAL.';
    const [finding, ...rest] = check(text, pack);
    expect(rest).toEqual([]);
    expect(finding?.category).toBe('confidential');
    expect(finding?.severity).toBe('block');
    expect(text.slice(finding!.start, finding!.end)).toBe('CONFIDENTIAL');
    expect(finding?.clauses.map((c) => `${c.policy} ${c.section}`)).toEqual(['employee 4.8', 'official 5.5']);
    expect(finding?.clauses[1]?.text).toBe('No confidential information will be posted to any social media under any circumstances.');
  });

  it('keeps offsets exact after emoji and curly quotes', () => {
    const text = '👩🏽‍💻 “internal only” ✨';
    const [finding] = check(text, pack);
    expect(finding && text.slice(finding.start, finding.end)).toBe('internal only');
  });

  it('matches whole words only', () => {
    expect(check('nonconfidential and confidentiality agreements', pack)).toEqual([]);
  });

  it('returns nothing for a clean draft, an empty string, or a non-string', () => {
    expect(check('Lovely morning at the lake', pack)).toEqual([]);
    expect(check('', pack)).toEqual([]);
    expect(check(undefined as unknown as string, pack)).toEqual([]);
  });

  it('is deterministic', () => {
    const text = 'confidential, internal only, do not distribute';
    expect(check(text, pack)).toEqual(check(text, pack));
  });
});

describe('mergeFindings', () => {
  const base: Finding = { category: 'confidential', ruleId: 'a', severity: 'warn', start: 0, end: 5, message: 'm', clauses: [] };
  it('keeps the more severe of two overlapping findings of one category', () => {
    const merged = mergeFindings([base, { ...base, ruleId: 'b', severity: 'block', start: 2, end: 4 }]);
    expect(merged.map((f) => f.ruleId)).toEqual(['b']);
  });
  it('keeps overlapping findings of different categories', () => {
    expect(mergeFindings([base, { ...base, ruleId: 'b', category: 'harassment' }])).toHaveLength(2);
  });
});

describe('effectiveLexicon: IT’s lexicon entries for the template pack', () => {
  it('adds IT’s entries and answers the same object for the same inputs, so word lists are compiled once', () => {
    const template = bundledPack('template');
    const extra = { cityNames: ['Springfield'], departments: ['Water Works'] };
    const merged = effectiveLexicon(template, { lexicon: extra });
    expect(merged.cityNames).toContain('Springfield');
    expect(merged.departments).toContain('Water Works');
    expect(effectiveLexicon(template, { lexicon: extra })).toBe(merged);
    expect(effectiveLexicon(template, { lexicon: { ...extra } })).not.toBe(merged);
    expect(effectiveLexicon(template, {})).toBe(template.lexicon);
  });
});

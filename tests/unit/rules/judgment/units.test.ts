// The TypeScript cutting of drafts into units must be the Python one the model was trained on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeInputs } from '../../../../rules/judgment/combine';
import { encodePair, JUDGED_CATEGORIES, MAX_TOKENS, splitUnits } from '../../../../rules/judgment/units';
import { CATEGORIES } from '../../../../rules/schema';

interface GoldenCase {
  text: string;
  units: { start: number; end: number; ids: number[]; types: number[]; p: number[] }[];
}
const golden = JSON.parse(readFileSync(new URL('../../../fixtures/judgment/golden.json', import.meta.url), 'utf8')) as GoldenCase[];

describe('judged units', () => {
  it('judges every category of the schema but work-time, in its order', () => {
    expect([...JUDGED_CATEGORIES]).toEqual(CATEGORIES.filter((c) => c !== 'work-time'));
  });

  it.each(golden.map((c, i) => [i, c] as const))('golden draft %i is cut as training/units.py cuts it', (_, c) => {
    expect(splitUnits(c.text).map((u) => [u.start, u.end])).toEqual(c.units.map((u) => [u.start, u.end]));
  });

  it('cuts at sentence ends followed by space, and at every line break', () => {
    const text = 'First one. Second!  Third?\n\n"Quoted." next… last';
    expect(splitUnits(text).map((u) => text.slice(u.start, u.end))).toEqual(['First one.', 'Second!', 'Third?', '"Quoted."', 'next…', 'last']);
  });

  it('keeps decimals, e-mail addresses and abbreviations without a space after the dot together', () => {
    const text = 'Paid 3.50 at a.m.pm and wrote to jo.smith@city.gov today.';
    expect(splitUnits(text).map((u) => text.slice(u.start, u.end))).toEqual([text]);
  });

  it('cuts a run longer than 300 characters at a space, never losing a character', () => {
    const text = 'word '.repeat(300).trim();
    const units = splitUnits(text);
    expect(units.length).toBeGreaterThan(3);
    for (const u of units) expect(u.end - u.start).toBeLessThanOrEqual(300);
    expect(units.map((u) => text.slice(u.start, u.end)).join(' ')).toBe(text);
  });

  it('gives no unit for an empty or blank draft, and offsets on character boundaries for emoji', () => {
    expect(splitUnits('')).toEqual([]);
    expect(splitUnits(' \n\t ')).toEqual([]);
    const text = 'Fire crew 👩🏽‍🚒. Next 😀';
    for (const u of splitUnits(text)) {
      expect(text.codePointAt(u.start)).not.toBeUndefined();
      expect(/[\uDC00-\uDFFF]/.test(text[u.start]!)).toBe(false);
    }
  });

  it('reads each unit with the end of the one before and the start of the one after', () => {
    const { inputs } = judgeInputs('One. Two. Three.');
    expect(inputs).toEqual([
      { sentence: 'One.', context: 'Two.' },
      { sentence: 'Two.', context: 'One. Three.' },
      { sentence: 'Three.', context: 'Two.' },
    ]);
  });

  it('encodes [CLS] sentence [SEP] context [SEP] and truncates the longer side first', () => {
    const short = encodePair([5, 6], [7], 101, 102);
    expect(short).toEqual({ ids: [101, 5, 6, 102, 7, 102], types: [0, 0, 0, 0, 1, 1] });
    const long = encodePair(new Array(200).fill(1), new Array(200).fill(2), 101, 102);
    expect(long.ids).toHaveLength(MAX_TOKENS);
    expect(long.ids.filter((x) => x === 1)).toHaveLength(55);
    expect(long.ids.filter((x) => x === 2)).toHaveLength(54);
  });
});

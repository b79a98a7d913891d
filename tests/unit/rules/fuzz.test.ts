/**
 * Property-based tests (fast-check): whatever string an employee's browser
 * hands the engine — emoji and ZWJ sequences, combining marks, RTL and bidi
 * controls, zero-width characters, NUL, lone surrogates — it returns, with
 * offsets inside the text and on character boundaries, the same every time.
 * Huge drafts are checked in a bounded slice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDetailed, sliceEnd } from '../../../rules/engine';
import { bundledPack } from '../../../rules/packs/index';
import { isCharBoundary } from '../../../rules/text';

const SPECIAL = [
  '👩🏽‍💻', '👨‍👩‍👧‍👦', '🏳️‍🌈', '\u200d', '\u200b', '\u200c', '\ufeff', '\u2060', // ZWJ, zero-width
  '\u0301', '\u0308', 'e\u0301', 'Z\u0335\u0327\u0310', // combining marks
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200f', 'שלום', 'مرحبا', // bidi
  '\0', '\ud800', '\udfff', '\ud83d', // NUL, lone surrogates
  'confidential', 'idiot', 'my supervisor is a lazy idiot', 'SSN 536-22-8841', '318-555-0142', 'door code 4471',
  'I work for the City of Alexandria', '@dave', '#cityhall', '.', '!', '\n', '  ',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', ' ', ', ') },
);
const draft = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

function expectValid(text: string, result: ReturnType<typeof checkDetailed>, limit = text.length) {
  expect(result.errors).toEqual([]);
  for (const f of result.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(f.end).toBeLessThanOrEqual(limit);
    expect(isCharBoundary(text, f.start) && isCharBoundary(text, f.end)).toBe(true);
  }
}

const WHOLE = { budgetMs: Number.POSITIVE_INFINITY };

describe('engine under fuzzing', () => {
  for (const id of ['alexandria', 'template'] as const) {
    const pack = bundledPack(id);
    it(`never throws, keeps offsets on character boundaries and is deterministic (${id})`, () => {
      fc.assert(
        fc.property(draft, (text) => {
          // Every rule, whatever the machine's load: the time budget is tested on its own (bounded-checking.test.ts).
          const first = checkDetailed(text, pack, { cityComputer: true }, WHOLE);
          expectValid(text, first);
          expect(checkDetailed(text, pack, { cityComputer: true }, WHOLE)).toEqual(first);
        }),
        { numRuns: 250, seed: 20261121 },
      );
    });
  }

  it('with a character limit, checks only up to a boundary within the limit', () => {
    const pack = bundledPack('alexandria');
    fc.assert(
      fc.property(draft, fc.integer({ min: 1, max: 200 }), (text, limit) => {
        const result = checkDetailed(text, pack, {}, { maxChars: limit });
        if (text.length <= limit) expect(result.checkedUpTo).toBeUndefined();
        else {
          expect(result.checkedUpTo).toBeLessThanOrEqual(limit);
          expect(isCharBoundary(text, result.checkedUpTo ?? 0)).toBe(true);
        }
        expectValid(text, result, result.checkedUpTo ?? text.length);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('huge drafts', () => {
  const pack = bundledPack('alexandria');

  it('a 1 MB paste is checked in a bounded slice that ends at a sentence, and says where it stopped', () => {
    const sentence = 'The committee met again today and the CONFIDENTIAL minutes were shared. ';
    const text = sentence.repeat(Math.ceil(1_048_576 / sentence.length));
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = checkDetailed(text, pack, {}, { maxChars: 10_000 });
    expect(result.checkedUpTo).toBeLessThanOrEqual(10_000);
    expect(result.checkedUpTo).toBeGreaterThan(8_000);
    expect(text.slice(0, result.checkedUpTo).endsWith('shared.')).toBe(true);
    expect(result.findings.length).toBeGreaterThan(100);
    expectValid(text, result, result.checkedUpTo);
  });

  it('10,000 repetitions of a trigger word are checked whole without failing', () => {
    const text = 'confidential '.repeat(10_000);
    const result = checkDetailed(text, pack);
    expectValid(text, result);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.category === 'confidential')).toBe(true);
  });

  it('cuts at a space when there is no sentence end near the limit, never inside a surrogate pair', () => {
    expect(sliceEnd('word '.repeat(100), 100)).toBe(99);
    const emoji = `${'x'.repeat(99)}😀y`;
    expect(sliceEnd(emoji, 100)).toBe(99);
  });
});

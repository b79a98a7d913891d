/**
 * The engine is total: any string in, findings with in-range offsets on
 * character boundaries out, the same every time. Seeded random inputs stand in
 * for a property-based fuzzer here (the hardening issue adds fast-check).
 */
import { describe, expect, it } from 'vitest';
import { checkDetailed } from '../../../rules/engine';
import { BUNDLED_PACK_IDS, bundledPack } from '../../../rules/packs/index';
import { isCharBoundary } from '../../../rules/text';

/** Small deterministic PRNG (mulberry32) so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'confidential', 'my supervisor is a lazy idiot', 'SSN 536-22-8841', '👩🏽‍💻', '\u200b', '\u202e', '\u0301', 'é', '\ud800', '\udc00',
  '\0', '\n', '  ', 'ﬁ', 'İ', 'ß', 'שלום', 'مرحبا', '@dave', '#city', 'door code is 4471', 'I know where you park', 'f***', '🙄',
  'Sgt. Brown', '318-555-0142', 'x@cityofalexandriala.com', 'the city will fix it', 'lol', '.', '!', '?',
];

function randomDraft(next: () => number): string {
  let text = '';
  const n = Math.floor(next() * 12);
  for (let i = 0; i < n; i++) {
    text += next() < 0.7 ? PIECES[Math.floor(next() * PIECES.length)] : String.fromCharCode(Math.floor(next() * 0xffff));
    text += next() < 0.5 ? ' ' : '';
  }
  return text;
}

const WHOLE = { budgetMs: Number.POSITIVE_INFINITY };

describe('engine robustness', () => {
  for (const id of BUNDLED_PACK_IDS) {
    it(`never throws and keeps offsets valid on 300 random drafts (${id})`, () => {
      const pack = bundledPack(id);
      const next = random(42);
      for (let i = 0; i < 300; i++) {
        const text = randomDraft(next);
        // Every rule, whatever the machine's load: the time budget is tested on its own (bounded-checking.test.ts).
        const first = checkDetailed(text, pack, {}, WHOLE);
        expect(first.errors, `rule errors on ${JSON.stringify(text)}`).toEqual([]);
        for (const f of first.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(isCharBoundary(text, f.start) && isCharBoundary(text, f.end), `split surrogate in ${JSON.stringify(text)}`).toBe(true);
        }
        expect(checkDetailed(text, pack, {}, WHOLE)).toEqual(first);
      }
    });
  }

  it('handles a long draft with many repetitions of a trigger word', () => {
    const text = 'confidential '.repeat(2_000);
    const { findings, errors } = checkDetailed(text, bundledPack('alexandria'));
    expect(errors).toEqual([]);
    expect(findings.length).toBeGreaterThan(0);
  });

  it('flags the same words after emoji and in right-to-left text with exact offsets', () => {
    const text = '🇺🇸👨‍👩‍👧 שלום — the memo is CONFIDENTIAL';
    const [f] = checkDetailed(text, bundledPack('el-paso')).findings;
    expect(f && text.slice(f.start, f.end)).toBe('CONFIDENTIAL');
  });
});

// Hostile input with the sentence judge in the path: fuzzed drafts (emoji, bidi, lone surrogates, NUL), a 1 MB
// paste and odd Unicode go through the whole check (rules + the shipped model) without an exception, with every
// finding inside the text and on character boundaries.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWithJudge } from '../../../rules/judgment/check';
import { judgeInputs } from '../../../rules/judgment/combine';
import { bundledPack } from '../../../rules/packs/index';
import { isCharBoundary } from '../../../rules/text';
import { createOnnxJudge } from '../../../utils/judgment/onnx-judge';
import { nodeOrt, nodeWasmPaths, readJudgmentArtifact } from '../../../utils/judgment/node-artifact';

const ODD = ['👩🏽‍💻', '🏳️‍🌈', '\u200d', '\u200b', '\ufeff', 'e\u0301', '\u202e', 'שלום', 'مرحبا', '\0', '\ud800', '\udfff', '\ud83d', '. ', '\n', '…', 'my supervisor is a lazy idiot.', 'door code 4471', 'Hoy cerramos la alberca, no es público todavía.'];
const draft = fc
  .array(fc.oneof(fc.constantFrom(...ODD), fc.string({ unit: 'binary', maxLength: 10 }), fc.string({ unit: 'grapheme', maxLength: 10 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

const artifact = readJudgmentArtifact();
const pack = bundledPack('el-paso');

describe('the whole check with the judge, on hostile input', () => {
  let judge: Awaited<ReturnType<typeof createOnnxJudge>>;
  beforeAll(async () => {
    judge = await createOnnxJudge(await nodeOrt(), artifact, { wasmPaths: nodeWasmPaths() });
  }, 30_000);
  afterAll(() => judge?.dispose());

  const expectValid = (text: string, findings: { start: number; end: number }[], limit = text.length) => {
    for (const f of findings) {
      expect(0 <= f.start && f.start <= f.end && f.end <= limit).toBe(true);
      expect(isCharBoundary(text, f.start) && isCharBoundary(text, f.end)).toBe(true);
    }
  };

  it('fuzzed drafts: no exception, findings on character boundaries, units never empty', async () => {
    await fc.assert(
      fc.asyncProperty(draft, async (text) => {
        for (const u of judgeInputs(text).units) {
          expect(u.end).toBeGreaterThan(u.start);
          expect(isCharBoundary(text, u.start) && isCharBoundary(text, u.end)).toBe(true);
        }
        const result = await checkWithJudge(text, pack, judge, artifact.meta.thresholds!);
        expect(result.judged).toBe(true);
        expectValid(text, result.findings);
      }),
      { numRuns: 40, seed: 20261207 },
    );
  }, 120_000);

  it('a 1 MB paste is judged only up to the checked slice', async () => {
    const text = 'The committee met again and the minutes were shared with everyone. Nothing to see here! '.repeat(12_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = await checkWithJudge(text, pack, judge, artifact.meta.thresholds!, {}, { maxChars: 10_000 });
    expect(result.checkedUpTo).toBeLessThanOrEqual(10_000);
    expectValid(text, result.findings, result.checkedUpTo);
  }, 60_000);

  it('a judge that throws leaves the rules answering alone, and says so', async () => {
    const text = 'the annex door code is 5591';
    const result = await checkWithJudge(text, pack, async () => Promise.reject(new Error('out of memory')), artifact.meta.thresholds!);
    expect(result).toMatchObject({ judged: false, judgeError: 'out of memory' });
    expect(result.findings.map((f) => f.ruleId)).toContain('confidential-secrets');
  });
});

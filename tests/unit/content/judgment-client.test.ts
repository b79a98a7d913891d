// The content script's side of the sentence judge: asks only about units it has not judged, says when more is coming, fails open.
import { describe, expect, it, vi } from 'vitest';
import { createJudgmentClient } from '../../../entrypoints/content/judgment-client';
import type { JudgeInput, Thresholds } from '../../../rules/judgment/combine';
import { JUDGED_CATEGORIES } from '../../../rules/judgment/units';
import type { JudgeAnswer } from '../../../utils/judgment/messages';

const thresholds = Object.fromEntries(JUDGED_CATEGORIES.map((c) => [c, { model: 0.5, withRules: 0.1 }])) as Thresholds;
const unit = (sentence: string): JudgeInput => ({ sentence, context: '' });
const answerFor = (inputs: JudgeInput[]): JudgeAnswer => ({ ok: true, version: 'test', thresholds, probs: inputs.map((i) => JUDGED_CATEGORIES.map(() => (i.sentence.includes('bad') ? 0.9 : 0.1))) });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the judgment client', () => {
  it('asks once per new unit, reports it pending, then answers from memory', async () => {
    const send = vi.fn(async (inputs: JudgeInput[]) => answerFor(inputs));
    const onAnswer = vi.fn();
    const client = createJudgmentClient(send, onAnswer);
    const first = client.lookup([unit('fine'), unit('bad one')]);
    expect(first).toMatchObject({ probs: [null, null], pending: true, limited: null, thresholds: null });
    expect(client.lookup([unit('fine')]).pending).toBe(true);
    expect(send).toHaveBeenCalledTimes(1); // already asked: not asked again while in flight
    await settle();
    expect(onAnswer).toHaveBeenCalledTimes(1);
    const second = client.lookup([unit('fine'), unit('bad one'), unit('fine')]);
    expect(second.pending).toBe(false);
    expect(second.probs[1]![0]).toBeCloseTo(0.9);
    expect(second.thresholds).toEqual(thresholds);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('splits a long paste into pieces, so notes appear as pieces finish', async () => {
    const send = vi.fn(async (inputs: JudgeInput[]) => answerFor(inputs));
    const client = createJudgmentClient(send, () => undefined);
    client.lookup(Array.from({ length: 20 }, (_, i) => unit(`sentence ${i}`)));
    expect(send.mock.calls.map((c) => c[0].length)).toEqual([6, 6, 6, 2]);
  });

  it('fails open: a judge that cannot answer leaves the units unjudged, says why, and is asked again only later', async () => {
    let now = 0;
    const send = vi.fn(async (): Promise<JudgeAnswer> => ({ ok: false, error: 'no WebAssembly' }));
    const client = createJudgmentClient(send, () => undefined, () => now);
    client.lookup([unit('a')]);
    await settle();
    expect(client.lookup([unit('a')])).toMatchObject({ probs: [null], pending: false, limited: 'no WebAssembly' });
    expect(send).toHaveBeenCalledTimes(1);
    now += 31_000;
    client.lookup([unit('a')]);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('a rejected message counts as a failure too, and an answer of the wrong length is refused', async () => {
    const client = createJudgmentClient(async () => Promise.reject(new Error('extension reloaded')), () => undefined);
    client.lookup([unit('a')]);
    await settle();
    expect(client.lookup([unit('a')]).limited).toBe('extension reloaded');
    const short = createJudgmentClient(async () => ({ ...answerFor([unit('x')]) }), () => undefined);
    short.lookup([unit('a'), unit('b')]);
    await settle();
    expect(short.lookup([unit('a'), unit('b')]).limited).toMatch(/wrong number/);
  });

  it('stops waiting for units the Post click gave up on, and moves its generation on', () => {
    const client = createJudgmentClient(() => new Promise<JudgeAnswer>(() => undefined), () => undefined);
    const inputs = [unit('slow')];
    expect(client.lookup(inputs).pending).toBe(true);
    const generation = client.generation;
    client.giveUp(inputs);
    expect(client.lookup(inputs).pending).toBe(false);
    expect(client.generation).toBeGreaterThan(generation);
  });
});

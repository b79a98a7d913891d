import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDraftChecker, type IdleTask, WARM_UP_IDLE_MS, warmUp } from '../../../entrypoints/content/draft-checker';
import { CHECK_ENGINE } from '../../../rules/check-engine';
import { bundledPack } from '../../../rules/packs/index';

/** The checker reads the box through `readText`; here the "box" carries its text directly. */
const box = (text: string) => ({ text }) as unknown as HTMLElement;
const readText = (editor: HTMLElement) => (editor as unknown as { text: string }).text;
const pack = bundledPack('alexandria');
const engine = CHECK_ENGINE;

describe('createDraftChecker: the Post click reuses the check of the pause before it', () => {
  afterEach(() => vi.useRealTimers());

  it('answers the same text with the same result, without checking again', () => {
    const check = createDraftChecker(engine, pack, { strictMode: false, cityComputer: false }, readText);
    const first = check(box('my supervisor is a lazy idiot'));
    expect(first.findings.length).toBeGreaterThan(0);
    expect(check(box('my supervisor is a lazy idiot'))).toBe(first);
  });

  it('checks again when the text changes', () => {
    const check = createDraftChecker(engine, pack, { strictMode: false, cityComputer: false }, readText);
    const first = check(box('my supervisor is a lazy idiot'));
    const second = check(box('my supervisor is great'));
    expect(second).not.toBe(first);
    expect(second.findings).toEqual([]);
  });

  it('says so when the check ran out of time and skipped rules', () => {
    const checkDetailed: typeof engine.checkDetailed = (text, p, context, options) => ({
      ...engine.checkDetailed(text, p, context, options),
      partial: { skipped: ['grievance'], capped: [] },
    });
    const result = createDraftChecker({ ...engine, checkDetailed }, pack, { strictMode: false, cityComputer: false }, readText)(box('my supervisor is a lazy idiot'));
    expect(result.partial).toBe(true);
    expect(createDraftChecker(engine, pack, { strictMode: false, cityComputer: false }, readText)(box('my supervisor is a lazy idiot')).partial).toBeUndefined();
  });

  it('checks again when the minute changes (work hours may have begun)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 23, 8, 59, 30)); // a Monday, 8:59:30
    const config = { strictMode: false, cityComputer: false, workHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } };
    const check = createDraftChecker(engine, pack, config, readText);
    const text = 'quick post from my desk';
    const before = check(box(text));
    vi.setSystemTime(new Date(2026, 10, 23, 9, 0, 30));
    const after = check(box(text));
    expect(after).not.toBe(before);
    expect(after.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['work-time']));
    expect(before.findings.map((f) => f.category)).not.toContain('work-time');
  });
});

describe('warmUp: the first check’s set-up spread over idle moments', () => {
  it('runs one rule per long idle period, every rule once, and asks for the next period only while rules remain', () => {
    const queue: IdleTask[] = [];
    warmUp(engine, pack, {}, (task) => queue.push(task));
    let periods = 0;
    while (queue.length) {
      queue.shift()!({ timeRemaining: () => 50 });
      periods += 1;
    }
    // One period per rule, plus the last one that finds nothing left to do.
    expect(periods).toBe(pack.rules.length + 1);
  });

  it('does nothing in the short idle periods between keystrokes, only waits on', () => {
    const checkDetailed = vi.fn(engine.checkDetailed);
    const queue: IdleTask[] = [];
    warmUp({ ...engine, checkDetailed }, pack, {}, (task) => queue.push(task));
    vi.useFakeTimers();
    for (let frame = 0; frame < 100; frame++) {
      queue.shift()!({ timeRemaining: () => WARM_UP_IDLE_MS - 1 });
      expect(queue).toHaveLength(0); // not asked again at once (that would be every frame while someone types)…
      vi.advanceTimersByTime(1_000);
      expect(queue).toHaveLength(1); // …but a little later
    }
    vi.useRealTimers();
    expect(checkDetailed).not.toHaveBeenCalled();
    queue.shift()!({ timeRemaining: () => WARM_UP_IDLE_MS });
    expect(checkDetailed).toHaveBeenCalledTimes(1);
  });
});

describe('createDraftChecker with the sentence judge', () => {
  const thresholds = Object.fromEntries(
    ['official-capacity', 'confidential', 'harassment', 'grievance', 'coworker-privacy', 'unlawful-conduct', 'personal-safety'].map((c) => [c, { model: 0.5, withRules: 0.2 }]),
  ) as import('../../../rules/judgment/combine').Thresholds;

  it('decides with the answers it has, says when more are coming, and checks again once they arrive', () => {
    let answered = false;
    let generation = 0;
    const client = {
      get generation() {
        return generation;
      },
      lookup: (inputs: readonly unknown[]) => ({
        probs: inputs.map(() => (answered ? [0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01] : null)),
        thresholds: answered ? thresholds : null,
        pending: !answered,
        limited: null,
      }),
      giveUp: () => undefined,
    };
    const check = createDraftChecker(engine, pack, { strictMode: false, cityComputer: false }, readText, client);
    const text = 'my supervisor is a lazy idiot';
    const before = check(box(text));
    expect(before.judging).toBe(true);
    expect(before.findings.map((f) => f.category)).toContain('grievance'); // the rules stand until the judge answers
    answered = true;
    expect(check(box(text))).toBe(before); // nothing new yet: the remembered check
    generation += 1;
    const after = check(box(text));
    expect(after.judging).toBeUndefined();
    expect(after.findings).toEqual([]); // the judge read it as innocent: the word lists' findings do not stand
  });

  it('reads a run of flagged neighbouring sentences once more alone, without waiting for it, and draws the note on the one that carries it', () => {
    const text = 'Of course our director took all the credit at the council meeting again. Still, I love this work.';
    const asked: { sentence: string; context: string }[][] = [];
    let generation = 0;
    const grievanceAt = (p: number) => [0.01, 0.01, 0.01, p, 0.01, 0.01, 0.01];
    const client = {
      get generation() {
        return generation;
      },
      lookup: (inputs: readonly { sentence: string; context: string }[]) => {
        asked.push([...inputs]);
        const aloneAnswered = generation > 0;
        return {
          probs: inputs.map((i) => (i.context === '' ? (aloneAnswered ? grievanceAt(i.sentence.startsWith('Of course') ? 0.95 : 0.03) : null) : grievanceAt(0.99))),
          thresholds,
          pending: inputs.some((i) => i.context === '') && !aloneAnswered,
          limited: null,
        };
      },
      giveUp: () => undefined,
    };
    const check = createDraftChecker(engine, pack, { strictMode: false, cityComputer: false }, readText, client);
    const first = check(box(text));
    expect(asked[1]!.map((i) => i.context)).toEqual(['', '']);
    expect(first.judging).toBeUndefined(); // the second reading does not hold the Post click
    expect(first.findings.filter((f) => f.category === 'grievance').map((f) => text.slice(f.start, f.end))).toEqual([text]);
    generation += 1;
    const after = check(box(text));
    expect(after.findings.filter((f) => f.category === 'grievance').map((f) => text.slice(f.start, f.end))).toEqual([
      'Of course our director took all the credit at the council meeting again.',
    ]);
  });

  it('passes on why the judge is not answering', () => {
    const client = { generation: 0, lookup: (inputs: readonly unknown[]) => ({ probs: inputs.map(() => null), thresholds: null, pending: false, limited: 'no WebAssembly' }), giveUp: () => undefined };
    const result = createDraftChecker(engine, pack, { strictMode: false, cityComputer: false }, readText, client)(box('my supervisor is a lazy idiot'));
    expect(result.limited).toBe('no WebAssembly');
    expect(result.findings.length).toBeGreaterThan(0);
  });
});

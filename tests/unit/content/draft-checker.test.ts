import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDraftChecker, warmUp } from '../../../entrypoints/content/draft-checker';
import { checkDetailed } from '../../../rules/engine';
import { pictureFindings } from '../../../rules/images/findings';
import { bundledPack } from '../../../rules/packs/index';

/** The checker reads the box through `readText`; here the "box" carries its text directly. */
const box = (text: string) => ({ text }) as unknown as HTMLElement;
const readText = (editor: HTMLElement) => (editor as unknown as { text: string }).text;
const pack = bundledPack('alexandria');
const engine = { checkDetailed, pictureFindings };

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
  it('runs one rule per idle moment, every rule once, and asks for the next moment only while rules remain', () => {
    const queue: (() => void)[] = [];
    warmUp(engine, pack, {}, (task) => queue.push(task));
    let moments = 0;
    while (queue.length) {
      queue.shift()!();
      moments += 1;
    }
    // One moment per rule, plus the last one that finds nothing left to do.
    expect(moments).toBe(pack.rules.length + 1);
  });
});

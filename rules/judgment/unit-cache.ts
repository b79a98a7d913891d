/**
 * Remembers the judge's answers by unit text (sentence + neighbours), so a
 * re-check after an edit runs the model only on the units that changed.
 * Memory only, bounded: draft text is never persisted.
 */
import type { JudgeInput, UnitJudge } from './combine';

export function cachedJudge(judge: UnitJudge, capacity = 500): UnitJudge & { clear(): void } {
  const memo = new Map<string, number[]>();
  const key = (i: JudgeInput) => `${i.sentence}\u0000${i.context}`;
  const cached = async (inputs: readonly JudgeInput[]): Promise<number[][]> => {
    const answers = new Map<string, number[]>();
    for (const i of inputs) {
      const p = memo.get(key(i));
      if (p) answers.set(key(i), p);
    }
    const unique = [...new Map(inputs.filter((i) => !answers.has(key(i))).map((i) => [key(i), i])).values()];
    if (unique.length) {
      const probs = await judge(unique);
      unique.forEach((input, n) => answers.set(key(input), probs[n]!));
    }
    for (const [k, p] of answers) {
      // Most recently used last: the oldest entry is the one dropped.
      memo.delete(k);
      memo.set(k, p);
      if (memo.size > capacity) memo.delete(memo.keys().next().value!);
    }
    return inputs.map((i) => answers.get(key(i))!);
  };
  return Object.assign(cached, { clear: () => memo.clear() });
}

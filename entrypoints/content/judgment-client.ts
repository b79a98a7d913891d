/**
 * The content script's side of the sentence judge. The model runs in the
 * extension's offscreen document (Chrome) or background page (Firefox), never
 * on the page's main thread: this asks it about the units (sentences) of a
 * draft that it has not judged yet, remembers the answers by unit in memory
 * (bounded; never stored), and says when new answers arrive so the box is
 * checked again. When the judge cannot answer, checking is "limited": the rules
 * decide alone, and the box says so.
 */
import type { JudgeInput, Thresholds } from '../../rules/judgment/combine';
import type { JudgeAnswer } from '../../utils/judgment/messages';

const CAPACITY = 600;
/** Units per request: a long paste is judged in pieces, so its notes appear as pieces finish. */
const CHUNK = 6;
/** After a failure, the judge is asked again no sooner than this. */
const RETRY_AFTER_MS = 30_000;

export interface JudgmentLookup {
  /** The judge's answers, null for units not judged (yet). */
  probs: (readonly number[] | null)[];
  thresholds: Thresholds | null;
  /** Some units are being judged now: an answer will follow (then `onAnswer`). */
  pending: boolean;
  /** Why the judge is not answering, when it is not (the rules decide alone). */
  limited: string | null;
}

export interface JudgmentClient {
  /** What is known about these units now; asks the judge about the rest. */
  lookup(inputs: readonly JudgeInput[]): JudgmentLookup;
  /** Stop waiting for these units (the Post click waited long enough): they count as not judged until an answer comes. */
  giveUp(inputs: readonly JudgeInput[]): void;
  /** Changes with every answer, so a remembered check is not reused after one. */
  readonly generation: number;
}

const keyOf = (input: JudgeInput) => `${input.sentence}\u0000${input.context}`;

export function createJudgmentClient(send: (inputs: JudgeInput[]) => Promise<JudgeAnswer>, onAnswer: () => void, now: () => number = Date.now): JudgmentClient {
  const answers = new Map<string, readonly number[]>();
  const inFlight = new Set<string>();
  const givenUp = new Set<string>();
  let thresholds: Thresholds | null = null;
  let limited: string | null = null;
  let failedAt = -Infinity;
  let generation = 0;

  const remember = (key: string, probs: readonly number[]) => {
    answers.delete(key);
    answers.set(key, probs);
    if (answers.size > CAPACITY) answers.delete(answers.keys().next().value!);
  };

  const ask = (missing: JudgeInput[]) => {
    for (const input of missing) inFlight.add(keyOf(input));
    send(missing)
      .then((answer) => {
        if (!answer.ok) throw new Error(answer.error);
        if (answer.probs.length !== missing.length) throw new Error('the judge answered for the wrong number of sentences');
        thresholds = answer.thresholds;
        limited = null;
        missing.forEach((input, i) => remember(keyOf(input), answer.probs[i]!));
      })
      .catch((error: unknown) => {
        limited = error instanceof Error ? error.message : String(error);
        failedAt = now();
      })
      .finally(() => {
        for (const input of missing) {
          inFlight.delete(keyOf(input));
          givenUp.delete(keyOf(input));
        }
        generation++;
        onAnswer();
      });
  };

  return {
    get generation() {
      return generation;
    },
    lookup(inputs) {
      const probs = inputs.map((input) => answers.get(keyOf(input)) ?? null);
      const missing = inputs.filter((input, i) => !probs[i] && !inFlight.has(keyOf(input)));
      const unique = [...new Map(missing.map((input) => [keyOf(input), input])).values()];
      if (unique.length && (!limited || now() - failedAt >= RETRY_AFTER_MS))
        for (let i = 0; i < unique.length; i += CHUNK) ask(unique.slice(i, i + CHUNK));
      const pending = inputs.some((input, i) => !probs[i] && inFlight.has(keyOf(input)) && !givenUp.has(keyOf(input)));
      return { probs, thresholds, pending, limited };
    },
    giveUp(inputs) {
      for (const input of inputs) if (inFlight.has(keyOf(input))) givenUp.add(keyOf(input));
      generation++;
    },
  };
}

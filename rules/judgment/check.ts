/**
 * The whole check with the sentence judge: the rules, then the judge on every
 * unit of the draft, then one decision per category per unit (combine.ts).
 * Used by the CLI, `npm run eval` and the bench; the extension runs the same
 * steps split across the page (rules) and the offscreen document (judge).
 */
import { isProtected } from '../detectors/grievance';
import { type CheckContext, type CheckOptions, type CheckResult, checkDetailed } from '../engine';
import type { Finding } from '../finding';
import type { Pack } from '../schema';
import { makeTextView } from '../text';
import { BASE_VOCABULARY, type Vocabulary } from '../vocabulary/base';
import { packVocabulary } from '../vocabulary/resolve';
import { aloneInput, combineJudgment, judgeInputs, unitsToReadAlone, type JudgeInput, type JudgedUnit, type Thresholds, type UnitJudge } from './combine';

export interface JudgedCheckResult extends CheckResult {
  /** False when the judge failed and the rules answered alone. */
  judged: boolean;
  judgeError?: string;
}

/** The grievance rules' protected-speech test, on one unit of the draft, with the pack's word lists (the bundled ones by default). */
export function protectedSpeechTest(text: string, vocabulary: Vocabulary = BASE_VOCABULARY): (unit: { start: number; end: number }) => boolean {
  // Built on first use: most checks never ask (only a grievance the judge proposes does), and this runs on every pause.
  let view: ReturnType<typeof makeTextView> | undefined;
  return (unit) => isProtected((view ??= makeTextView(text)), unit, vocabulary);
}

/** The rules' findings and the judge's answers on a draft's units, decided together (protected speech kept). */
export function applyJudgment(text: string, ruleFindings: readonly Finding[], units: readonly JudgedUnit[], thresholds: Thresholds, pack: Pack): Finding[] {
  return combineJudgment(text, ruleFindings, units, thresholds, pack, { isProtected: protectedSpeechTest(text, packVocabulary(pack)) });
}

/**
 * The second, small question for the judge once it has answered: which units to read without their
 * neighbours (a run of neighbouring flagged sentences, so the note is drawn on the ones that carry it),
 * and their inputs. Empty for most drafts.
 */
export function readAloneInputs(text: string, ruleFindings: readonly Finding[], units: readonly JudgedUnit[], thresholds: Thresholds, pack: Pack): { indices: number[]; inputs: JudgeInput[] } {
  const indices = unitsToReadAlone(text, ruleFindings, units, thresholds, pack, { isProtected: protectedSpeechTest(text, packVocabulary(pack)) });
  return { indices, inputs: indices.map((i) => aloneInput(text, units[i]!)) };
}

export async function checkWithJudge(
  text: string,
  pack: Pack,
  judge: UnitJudge,
  thresholds: Thresholds,
  context: CheckContext = {},
  options: CheckOptions = {},
): Promise<JudgedCheckResult> {
  // Offline (CLI, eval, bench): every rule runs unless the caller sets a budget, so results do not depend on the machine's load.
  const rules = checkDetailed(text, pack, context, { budgetMs: Number.POSITIVE_INFINITY, ...options });
  const checked = rules.checkedUpTo === undefined ? text : text.slice(0, rules.checkedUpTo);
  const { units, inputs } = judgeInputs(checked);
  let probs: number[][];
  try {
    probs = inputs.length ? await judge(inputs) : [];
  } catch (error) {
    return { ...rules, judged: false, judgeError: error instanceof Error ? error.message : String(error) };
  }
  const judged: JudgedUnit[] = units.map((u, i) => ({ ...u, probs: probs[i] ?? null }));
  const alone = readAloneInputs(checked, rules.findings, judged, thresholds, pack);
  if (alone.inputs.length) {
    try {
      const aloneProbs = await judge(alone.inputs);
      alone.indices.forEach((unit, n) => (judged[unit]!.alone = aloneProbs[n] ?? null));
    } catch {
      // Without the second reading the note is drawn over the whole run of sentences: still right, less precise.
    }
  }
  const findings = applyJudgment(checked, rules.findings, judged, thresholds, pack);
  return { ...rules, findings, judged: true };
}

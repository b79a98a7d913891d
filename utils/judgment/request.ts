/** Asks the background's sentence judge about units of a draft (from a content script or an extension page); the answer is validated before use. */
import type { JudgeInput } from '../../rules/judgment/combine';
import { browser } from '../browser';
import { JudgeAnswer, type JudgeUnits } from './messages';

export async function requestJudgment(inputs: JudgeInput[]): Promise<JudgeAnswer> {
  const message: JudgeUnits = { type: 'judge-units', inputs };
  const parsed = JudgeAnswer.safeParse(await browser.runtime.sendMessage(message));
  return parsed.success ? parsed.data : { ok: false, error: 'the extension gave no usable answer' };
}

/**
 * Routes the content script's sentences to the sentence judge: Chrome's
 * offscreen document (created on first use), or — in Firefox, whose background
 * is a page — right here. Sentences and answers exist only in memory, for the
 * length of the request.
 */
import { browser } from '../../utils/browser';
import { JudgeAnswer, type JudgeUnits } from '../../utils/judgment/messages';
import { ensureOffscreenDocument } from './offscreen-document';
import { injectedFault } from './tab-findings';

function failed(error: unknown): JudgeAnswer {
  return { ok: false, error: (error instanceof Error ? error.message : String(error)).slice(0, 2_000) };
}

export async function judgeUnits(inputs: JudgeUnits['inputs']): Promise<JudgeAnswer> {
  try {
    if ((await injectedFault()).fault === 'judgment') return failed('the judgment model could not load (fault injected by a test)');
    if (import.meta.env.BROWSER !== 'firefox') {
      await ensureOffscreenDocument();
      const answer = JudgeAnswer.safeParse(await browser.runtime.sendMessage({ target: 'offscreen', type: 'judge-units', inputs }));
      return answer.success ? answer.data : failed('the judgment page gave no usable answer');
    }
    const { judgeHere } = await import('../../utils/judgment/browser-host');
    return { ok: true, ...(await judgeHere(inputs, (path) => browser.runtime.getURL(path as '/'))) };
  } catch (error) {
    return failed(error);
  }
}

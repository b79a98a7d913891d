/**
 * Routes a photo to where it can be analysed: Chrome's offscreen document
 * (created on the first photo), or — in Firefox, whose background is a page —
 * right here. The photo and what is found in it exist only in memory, for the
 * length of the request.
 */
import { browser } from '../../utils/browser';
import { type AnalysisAnswer, AnalysisAnswer as AnswerSchema } from '../../utils/picture-messages';
import type { AnalysisRequest } from '../../utils/picture-analysis/types';
import { ensureOffscreenDocument } from './offscreen-document';

function failed(error: unknown): AnalysisAnswer {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

export async function analyzePicture(request: AnalysisRequest): Promise<AnalysisAnswer> {
  try {
    // Decided at build time, so Chrome's service worker does not carry the models' code.
    if (import.meta.env.BROWSER !== 'firefox') {
      await ensureOffscreenDocument();
      const answer = AnswerSchema.safeParse(await browser.runtime.sendMessage({ target: 'offscreen', type: 'analyze-picture', request }));
      return answer.success ? answer.data : failed('the analysis page gave no usable answer');
    }
    const { analyzeHere } = await import('../../utils/picture-analysis/browser-host');
    return { ok: true, result: await analyzeHere(request, (path) => browser.runtime.getURL(path as '/')) };
  } catch (error) {
    return failed(error);
  }
}

/** Asks the background to analyse a photo (content script, practice page) and checks the answer's shape. */
import { browser } from '../browser';
import { AnalysisAnswer } from '../picture-messages';
import type { AnalysisRequest } from './types';

export async function requestPhotoAnalysis(request: AnalysisRequest): Promise<AnalysisAnswer> {
  try {
    const answer = AnalysisAnswer.safeParse(await browser.runtime.sendMessage({ type: 'analyze-picture', request }));
    return answer.success ? answer.data : { ok: false, error: 'the extension gave no usable answer' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'the extension did not answer' };
  }
}

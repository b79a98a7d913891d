/**
 * Chrome's offscreen document: the one extension page that analyses attached
 * photos and runs the sentence judge, off the page's main thread and out of
 * reach of the sites' CSP. It answers only the background's requests (marked
 * for it), never a tab's.
 */
import { browser, type Runtime } from '../../utils/browser';
import { OffscreenAnalysis, OffscreenJudge } from '../../utils/messages';
import { analyzeHere } from '../../utils/picture-analysis/browser-host';
import { judgeHere } from '../../utils/judgment/browser-host';

const getURL = (path: string) => browser.runtime.getURL(path as '/');
const failure = (error: unknown) => ({ ok: false as const, error: (error instanceof Error ? error.message : String(error)).slice(0, 2_000) });

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const picture = OffscreenAnalysis.safeParse(raw);
  if (picture.success) return analyzeHere(picture.data.request, getURL).then((result) => ({ ok: true as const, result }), failure);
  const judge = OffscreenJudge.safeParse(raw);
  if (judge.success) return judgeHere(judge.data.inputs, getURL).then((answer) => ({ ok: true as const, ...answer }), failure);
  return undefined;
});

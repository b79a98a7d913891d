/**
 * Chrome's offscreen document: the one extension page that analyses attached
 * photos, off the page's main thread and out of reach of the sites' CSP. It
 * answers only the background's requests (marked for it), never a tab's.
 */
import { browser, type Runtime } from '../../utils/browser';
import { OffscreenAnalysis } from '../../utils/messages';
import { analyzeHere } from '../../utils/picture-analysis/browser-host';

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const parsed = OffscreenAnalysis.safeParse(raw);
  if (!parsed.success) return undefined;
  return analyzeHere(parsed.data.request, (path) => browser.runtime.getURL(path as '/')).then(
    (result) => ({ ok: true as const, result }),
    (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }),
  );
});

/**
 * Answers the popup about the notes set aside on this page: their list, and
 * undoing one. Only PostCheck's own pages can reach a content script this way
 * (tabs.sendMessage); the sender is checked all the same, and the request's
 * shape. The dismissals themselves stay in this page's memory.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser, type Runtime } from '../../utils/browser';
import { DismissalRequest } from '../../utils/dismissal-messages';
import type { ComposeSession } from './compose-session';

const fromExtensionPage = (sender: Runtime.MessageSender) =>
  sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));

export function answerDismissalRequests(ctx: ContentScriptContext, session: ComposeSession): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const request = DismissalRequest.safeParse(message);
    if (!request.success || !fromExtensionPage(sender) || ctx.isInvalid) return undefined;
    if (request.data.type === 'undo-dismissal') session.undoDismissal(request.data.id);
    return Promise.resolve({ dismissals: session.dismissals() });
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

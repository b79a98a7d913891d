/**
 * Who is asking. Every message reaches the background only from PostCheck's
 * own contexts (index.ts checks the extension id), but a content script runs
 * on a site's tab, next to the site's scripts: what it may learn is what its
 * own tab needs. The employee's name (the acknowledgement) and other tabs'
 * findings are answered only to the extension's own pages.
 */
import { browser, type Runtime } from '../../utils/browser';

/** The popup, settings, policy, practice and acknowledgement pages, the offscreen document: never a site's tab. */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Whether the sender may read this tab's findings: an extension page any tab's, a content script only its own tab's. */
export function mayReadTab(sender: Runtime.MessageSender, tabId: number): boolean {
  return isExtensionPage(sender) || (sender.tab?.id !== undefined && sender.tab.id === tabId);
}

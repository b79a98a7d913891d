/** Handles messages from content scripts and extension pages; anything malformed is ignored. */
import type { Runtime } from '../../utils/browser';
import { Message } from '../../utils/messages';
import { activePack } from './active-pack';
import { showBadge } from './badge';
import { loadTabFindings, saveTabFindings } from './tab-findings';

export async function handleMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const parsed = Message.safeParse(raw);
  if (!parsed.success) return undefined;
  const message = parsed.data;
  switch (message.type) {
    case 'report-findings': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      await saveTabFindings(tabId, { site: message.site, findings: message.findings, updatedAt: Date.now() });
      await showBadge(tabId, message.findings);
      return { ok: true };
    }
    case 'get-active-pack':
      return activePack();
    case 'get-tab-findings':
      return loadTabFindings(message.tabId);
  }
}

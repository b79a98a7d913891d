/** Handles messages from content scripts and extension pages; anything malformed is ignored. */
import { clauseAnchor } from '../../components/anchors';
import { browser, type Runtime } from '../../utils/browser';
import { Message, type PageConfig } from '../../utils/messages';
import { activePack } from './active-pack';
import { showBadge } from './badge';
import { loadSettings } from './settings';
import { injectedFault, loadTabFindings, saveTabFindings } from './tab-findings';

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
    case 'get-page-config': {
      const settings = await loadSettings();
      const config: PageConfig = { pack: activePack(), ...settings, ...(await injectedFault()) };
      return config;
    }
    case 'open-policy': {
      const hash = message.policy && message.section ? `#${clauseAnchor(message.policy, message.section)}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`/policy.html${hash}`) });
      return { ok: true };
    }
    case 'get-tab-findings':
      return loadTabFindings(message.tabId);
  }
}

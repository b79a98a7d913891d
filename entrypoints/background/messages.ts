/** Handles messages from content scripts and extension pages; anything malformed is ignored. */
import { clauseAnchor } from '../../components/anchors';
import { browser, type Runtime } from '../../utils/browser';
import { Message, type PageConfig, type Status } from '../../utils/messages';
import { acknowledge, ackStatus } from './acknowledgement';
import { activePack, bundledPackChoices } from './active-pack';
import { showBadge } from './badge';
import { database } from './db';
import { loadSettings, saveSettings } from './settings';
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
      return activePack((await loadSettings()).settings).pack;
    case 'get-page-config': {
      const { settings, lexicon } = await loadSettings();
      const { packId, ...rest } = settings;
      const config: PageConfig = { ...rest, pack: activePack({ packId }, lexicon?.cityNames?.[0]).pack, ...(lexicon ? { lexicon } : {}), ...(await injectedFault()) };
      return config;
    }
    case 'get-status': {
      const { settings, locked, requireAcknowledgement, lexicon } = await loadSettings();
      const { pack, source } = activePack(settings, lexicon?.cityNames?.[0]);
      const ack = await ackStatus(database(), pack, requireAcknowledgement);
      const status: Status = { pack, source, choices: bundledPackChoices(), settings, managed: locked, ack };
      return status;
    }
    case 'acknowledge': {
      // Only the extension's own pages acknowledge; a content script (a site tab) cannot.
      if (sender.tab && !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      const { settings, requireAcknowledgement } = await loadSettings();
      return acknowledge(database(), activePack(settings).pack, message.name, new Date(), requireAcknowledgement);
    }
    case 'save-settings':
      if (sender.tab && !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      return saveSettings(message.settings);
    case 'open-policy': {
      const hash = message.policy && message.section ? `#${clauseAnchor(message.policy, message.section)}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`/policy.html${hash}`) });
      return { ok: true };
    }
    case 'get-tab-findings':
      return loadTabFindings(message.tabId);
  }
}

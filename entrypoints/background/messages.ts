/** Handles messages from content scripts and extension pages; anything malformed is ignored. */
import { clauseAnchor } from '../../components/anchors';
import type { Runtime } from '../../utils/browser';
import { Message, type PageConfig, type Status } from '../../utils/messages';
import { acknowledge, ackStatus } from './acknowledgement';
import { activePack, bundledPackChoices } from './active-pack';
import { showBadge } from './badge';
import { database, type UpdateStatus } from './db';
import { currentUpdateStatus, runPackUpdate } from './updater/schedule-alarm';
import { languageOf, loadSettings, saveSettings } from './settings';
import { injectedFault, loadTabFindings, saveTabFindings } from './tab-findings';
import { analyzePicture } from './picture-analysis';
import { judgeUnits } from './judgment';
import { openPolicyTab } from './policy-tab';
import { isExtensionPage, mayReadTab } from './senders';
import { testStartDelay } from './test-delay';

async function statusFor(update: UpdateStatus | null): Promise<Status> {
  const { settings, locked, requireAcknowledgement, managed } = await loadSettings();
  const db = await database();
  const { pack, source, awaiting, firstRun } = await activePack(settings, managed, db);
  const ack = await ackStatus(db, pack, requireAcknowledgement);
  const view = update ? { url: update.url, lastCheck: update.lastCheck, lastSuccess: update.lastSuccess, lastError: update.lastError, nextCheck: update.nextCheck } : null;
  return { pack, source, ...(awaiting ? { awaiting } : {}), ...(firstRun ? { firstRun } : {}), update: view, choices: bundledPackChoices(), settings, managed: locked, ack };
}

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
    case 'get-active-pack': {
      const { settings, managed } = await loadSettings();
      return (await activePack(settings, managed, await database())).pack;
    }
    case 'get-page-config': {
      await testStartDelay();
      const { settings, locked, lexicon, managed } = await loadSettings();
      const { packId, ...rest } = settings;
      const { pack } = await activePack({ packId }, managed, await database());
      const strictModeSetBy = settings.strictMode ? (locked.includes('strictMode') ? 'it' : 'you') : undefined;
      const config: PageConfig = {
        ...rest,
        pack,
        language: languageOf(settings),
        ...(strictModeSetBy ? { strictModeSetBy } : {}),
        ...(lexicon ? { lexicon } : {}),
        ...(managed.officialAccounts ? { officialAccounts: managed.officialAccounts } : {}),
        ...(await injectedFault()),
      };
      return config;
    }
    case 'get-language':
      return { language: languageOf((await loadSettings()).settings) };
    // The status carries the employee's name (the acknowledgement): for the extension's own pages only.
    case 'get-status':
      if (!isExtensionPage(sender)) return undefined;
      return statusFor(await currentUpdateStatus());
    case 'check-for-pack-update':
      if (!isExtensionPage(sender)) return undefined;
      return statusFor(await runPackUpdate());
    case 'acknowledge': {
      // Only the extension's own pages acknowledge; a content script (a site tab) cannot.
      if (!isExtensionPage(sender)) return undefined;
      const { settings, requireAcknowledgement, managed } = await loadSettings();
      const db = await database();
      const { pack } = await activePack(settings, managed, db);
      return acknowledge(db, pack, message.name, new Date(), requireAcknowledgement);
    }
    case 'save-settings':
      if (!isExtensionPage(sender)) return undefined;
      return saveSettings(message.settings);
    case 'open-policy':
      return openPolicyTab(message.policy && message.section ? `#${clauseAnchor(message.policy, message.section)}` : '');
    case 'get-tab-findings':
      if (!mayReadTab(sender, message.tabId)) return undefined;
      return loadTabFindings(message.tabId);
    case 'analyze-picture':
      return analyzePicture(message.request);
    case 'judge-units':
      return judgeUnits(message.inputs);
  }
}

import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Runtime } from '../../utils/browser';
import { ackStatus } from './acknowledgement';
import { activePack } from './active-pack';
import { database } from './db';
import { handleMessage } from './messages';
import { loadSettings } from './settings';
import { forgetPolicyTab } from './policy-tab';
import { forgetTab } from './tab-findings';
import { ensureUpdateAlarm, runPackUpdate, UPDATE_ALARM } from './updater/schedule-alarm';

async function openAcknowledgement(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/acknowledge.html') });
}

/** After an update that brings a new policy version, ask the employee to read and acknowledge it again. */
async function askForAcknowledgement(): Promise<void> {
  const { settings, managed } = await loadSettings();
  const db = await database();
  const status = await ackStatus(db, (await activePack(settings, managed, db)).pack);
  if (!status.acknowledged) await openAcknowledgement();
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our own extension's contexts can reach this listener; web pages cannot.
    if (sender.id !== browser.runtime.id) return undefined;
    return handleMessage(message, sender);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void forgetPolicyTab(tabId);
  });
  // Rule-pack updates: the alarm is re-created on every start, and follows IT's configuration when it changes.
  void ensureUpdateAlarm().catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM) void runPackUpdate().catch(() => undefined);
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void ensureUpdateAlarm().catch(() => undefined);
  });
  browser.runtime.onInstalled.addListener((details) => {
    // On install nothing can have been acknowledged yet: open the page at once, without waiting on storage.
    if (details.reason === 'install') void openAcknowledgement().catch(() => undefined);
    if (details.reason === 'update') void askForAcknowledgement().catch(() => undefined);
  });
});

import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Runtime } from '../../utils/browser';
import { handleMessage } from './messages';
import { forgetTab } from './tab-findings';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our own extension's contexts can reach this listener; web pages cannot.
    if (sender.id !== browser.runtime.id) return undefined;
    return handleMessage(message, sender);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});

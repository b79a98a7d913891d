/**
 * Per-tab findings, kept in storage.session: it survives a service-worker
 * restart but lives only in memory, so draft-derived data never reaches disk.
 */
import { browser } from '../../utils/browser';
import { TabFindings } from '../../utils/messages';

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabFindings(tabId: number, value: TabFindings): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: value });
}

export async function loadTabFindings(tabId: number): Promise<TabFindings | null> {
  const stored = await browser.storage.session.get(key(tabId));
  const parsed = TabFindings.safeParse(stored[key(tabId)]);
  return parsed.success ? parsed.data : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/**
 * End-to-end tests make the content script's checking fail on purpose (to prove
 * posting still works) by writing this key from the service worker itself.
 * storage.session is not readable or writable by web pages or content scripts.
 */
export async function injectedFault(): Promise<{ fault?: 'engine' | 'judgment' }> {
  const stored = await browser.storage.session.get('test:fault');
  const fault = stored['test:fault'];
  return fault === 'engine' || fault === 'judgment' ? { fault } : {};
}

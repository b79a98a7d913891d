/**
 * "Why?" opens the policy page at a clause: in one tab, brought forward and
 * moved to the clause when it is already open, and at most once a second, so
 * nothing that presses "Why?" over and over can fill the browser with tabs
 * or keep stealing focus.
 */
import { browser } from '../../utils/browser';

/** The shortest time between two openings; the ones in between are dropped. */
export const POLICY_OPEN_INTERVAL_MS = 1000;
/** storage.session (memory only): the policy tab survives the service worker sleeping. */
const TAB_KEY = 'policy-tab';

let lastOpenedAt = Number.NEGATIVE_INFINITY;

async function rememberedTab(): Promise<number | null> {
  const stored = (await browser.storage.session.get(TAB_KEY))[TAB_KEY];
  return typeof stored === 'number' ? stored : null;
}

/** Brings the remembered policy tab to the clause; false when it is gone or now shows something else. */
async function reuse(tabId: number, url: string): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    // (The URL is readable for the extension's own pages; a tab the user took elsewhere is left alone.)
    if (tab.url !== undefined && !tab.url.startsWith(browser.runtime.getURL('/policy.html'))) return false;
    const updated = await browser.tabs.update(tabId, { url, active: true });
    if (updated?.windowId !== undefined) await browser.windows.update(updated.windowId, { focused: true }).catch(() => undefined);
    return true;
  } catch {
    return false; // closed meanwhile
  }
}

export async function openPolicyTab(hash: string, now: number = Date.now()): Promise<{ ok: boolean }> {
  if (now - lastOpenedAt < POLICY_OPEN_INTERVAL_MS) return { ok: false };
  lastOpenedAt = now;
  const url = browser.runtime.getURL(`/policy.html${hash}`);
  const known = await rememberedTab();
  if (known !== null && (await reuse(known, url))) return { ok: true };
  const tab = await browser.tabs.create({ url });
  if (tab.id !== undefined) await browser.storage.session.set({ [TAB_KEY]: tab.id });
  return { ok: true };
}

/** For the tabs.onRemoved listener: the policy tab closed. */
export async function forgetPolicyTab(tabId: number): Promise<void> {
  if ((await rememberedTab()) === tabId) await browser.storage.session.remove(TAB_KEY);
}

/** For tests: a fresh background. */
export function resetPolicyTabForTests(): void {
  lastOpenedAt = Number.NEGATIVE_INFINITY;
}

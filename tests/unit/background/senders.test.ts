/**
 * The background answers by sender: a content script (a site's tab) never
 * learns the employee's name or another tab's findings, and "Why?" opens one
 * policy tab, reused, at most once a second.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../entrypoints/background/messages';
import { openPolicyTab, POLICY_OPEN_INTERVAL_MS, resetPolicyTabForTests } from '../../../entrypoints/background/policy-tab';
import type { Finding } from '../../../rules/finding';

type Sender = Parameters<typeof handleMessage>[1];
const page = (path: string, tabId?: number): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(path), ...(tabId === undefined ? {} : { tab: { id: tabId } as never }) });
const site = (tabId: number): Sender => ({ id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: tabId } as never });
const finding: Finding = { category: 'confidential', ruleId: 'r', severity: 'block', start: 0, end: 1, message: 'm', clauses: [] };

describe('answers by sender', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeBrowser.action.setBadgeText = vi.fn(async () => undefined);
    fakeBrowser.action.setBadgeBackgroundColor = vi.fn(async () => undefined);
    await handleMessage({ type: 'report-findings', site: 'x', findings: [finding] }, site(7));
  });

  it('a content script reads its own tab’s findings, never another tab’s', async () => {
    expect(await handleMessage({ type: 'get-tab-findings', tabId: 7 }, site(7))).toMatchObject({ findings: [{ ruleId: 'r' }] });
    expect(await handleMessage({ type: 'get-tab-findings', tabId: 7 }, site(8))).toBeUndefined();
    expect(await handleMessage({ type: 'get-tab-findings', tabId: 7 }, { id: fakeBrowser.runtime.id })).toBeUndefined();
  });

  it('the extension’s pages read any tab’s findings (the popup asks for the active tab’s)', async () => {
    expect(await handleMessage({ type: 'get-tab-findings', tabId: 7 }, page('/popup.html'))).toMatchObject({ site: 'x' });
    expect(await handleMessage({ type: 'get-tab-findings', tabId: 7 }, page('/practice.html', 9))).toMatchObject({ site: 'x' });
  });

  it('the status, which names the employee, goes to the extension’s pages only', async () => {
    const status = (await handleMessage({ type: 'get-status' }, page('/popup.html'))) as { ack: { packId: string } };
    expect(status.ack.packId).toBeTruthy();
    expect(await handleMessage({ type: 'get-status' }, site(7))).toBeUndefined();
    // A site page whose address merely mentions the extension's is still a site.
    const lookalike = { id: fakeBrowser.runtime.id, url: `https://x.com/${fakeBrowser.runtime.getURL('/popup.html')}`, tab: { id: 7 } as never };
    expect(await handleMessage({ type: 'get-status' }, lookalike)).toBeUndefined();
    expect(await handleMessage({ type: 'check-for-pack-update' }, site(7))).toBeUndefined();
  });
});

describe('"Why?" opens one policy tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetPolicyTabForTests();
  });
  const policyTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url?.includes('/policy.html'));

  it('reuses the tab it opened, moved to the new clause', async () => {
    expect(await openPolicyTab('#employee-4-5', 10_000)).toEqual({ ok: true });
    expect(await openPolicyTab('#employee-4-8', 20_000)).toEqual({ ok: true });
    const tabs = await policyTabs();
    expect(tabs).toHaveLength(1);
    expect(tabs[0]?.url).toBe(fakeBrowser.runtime.getURL('/policy.html#employee-4-8'));
  });

  it('opens a new one when the user closed it or took it elsewhere', async () => {
    await openPolicyTab('#a', 10_000);
    const [first] = await policyTabs();
    await fakeBrowser.tabs.update(first!.id!, { url: 'https://example.org/' });
    await openPolicyTab('#b', 20_000);
    expect((await policyTabs()).map((t) => t.url)).toEqual([fakeBrowser.runtime.getURL('/policy.html#b')]);
  });

  it('drops openings closer together than the interval, through the message too', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openPolicyTab('#a', 10_000)).toEqual({ ok: true });
    expect(await openPolicyTab('#b', 10_000 + POLICY_OPEN_INTERVAL_MS - 1)).toEqual({ ok: false });
    resetPolicyTabForTests();
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await handleMessage({ type: 'open-policy', policy: 'employee', section: '4.5' }, site(7)));
    expect(answers.filter((a) => (a as { ok: boolean }).ok)).toHaveLength(1);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await policyTabs()).toHaveLength(1);
  });
});

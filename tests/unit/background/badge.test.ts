import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../../../entrypoints/background/badge';
import { handleMessage } from '../../../entrypoints/background/messages';
import type { Finding } from '../../../rules/finding';

const finding = (severity: Finding['severity']): Finding => ({
  category: 'confidential', ruleId: 'r', severity, start: 0, end: 1, message: 'm', clauses: [],
});

describe('badgeFor', () => {
  it('counts warn and block findings only', () => {
    expect(badgeFor([finding('warn'), finding('info'), finding('block')]).text).toBe('2');
    expect(badgeFor([finding('info')]).text).toBe('');
    expect(badgeFor([]).text).toBe('');
  });
});

describe('handleMessage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sets the badge of the sending tab and remembers its findings in session storage', async () => {
    const setBadgeText = vi.fn(async () => undefined);
    fakeBrowser.action.setBadgeText = setBadgeText;
    fakeBrowser.action.setBadgeBackgroundColor = vi.fn(async () => undefined);
    await handleMessage({ type: 'report-findings', site: 'x', findings: [finding('block')] }, { tab: { id: 7 } as never });
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '1' });
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const stored = await handleMessage({ type: 'get-tab-findings', tabId: 7 }, popup);
    expect(stored).toMatchObject({ site: 'x', findings: [{ severity: 'block' }] });
  });

  it('ignores malformed messages', async () => {
    const setBadgeText = vi.fn(async () => undefined);
    fakeBrowser.action.setBadgeText = setBadgeText;
    expect(await handleMessage({ type: 'report-findings', findings: 'nope' }, { tab: { id: 7 } as never })).toBeUndefined();
    expect(await handleMessage('hello', {})).toBeUndefined();
    expect(setBadgeText).not.toHaveBeenCalled();
  });
});

describe('settings through messages', () => {
  beforeEach(() => fakeBrowser.reset());
  const fromPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') } as Parameters<typeof handleMessage>[1];

  it('saves valid settings and the page config reflects them', async () => {
    expect(await handleMessage({ type: 'save-settings', settings: { strictMode: true, cityComputer: false, packId: 'vicksburg' } }, fromPage)).toEqual({ ok: true });
    const config = (await handleMessage({ type: 'get-page-config' }, fromPage)) as { strictMode: boolean; pack: { id: string } };
    expect(config.strictMode).toBe(true);
    expect(config.pack.id).toBe('vicksburg');
  });

  it('refuses invalid settings with reasons in words and keeps the last good ones', async () => {
    await handleMessage({ type: 'save-settings', settings: { strictMode: true } }, fromPage);
    const result = (await handleMessage({ type: 'save-settings', settings: { workHours: { days: [9], start: '25:00', end: '17:00' } } }, fromPage)) as { ok: boolean; errors: string[] };
    expect(result.ok).toBe(false);
    expect(result.errors.join(' ')).toMatch(/workHours\.start: a time as HH:MM/);
    const config = (await handleMessage({ type: 'get-page-config' }, fromPage)) as { strictMode: boolean };
    expect(config.strictMode).toBe(true);
  });

  it('does not let a site tab save settings or acknowledge', async () => {
    const fromSite = { id: fakeBrowser.runtime.id, tab: { id: 3 }, url: 'https://x.com/home' } as Parameters<typeof handleMessage>[1];
    expect(await handleMessage({ type: 'save-settings', settings: { strictMode: false } }, fromSite)).toBeUndefined();
    expect(await handleMessage({ type: 'acknowledge', name: 'Mallory' }, fromSite)).toBeUndefined();
  });
});

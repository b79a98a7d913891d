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
    const stored = await handleMessage({ type: 'get-tab-findings', tabId: 7 }, {});
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

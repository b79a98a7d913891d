import { activeTabBadge, expect, test } from './support/extension';
import { openSite } from './support/sites';

test('the popup lists the tab’s findings with the clause they cite', async ({ context, serviceWorker, extensionId }) => {
  const site = await openSite(context, 'facebook', '/');
  await site.locator('[role="dialog"] [data-lexical-editor="true"]').click();
  await site.keyboard.type('Sharing the confidential staffing memo');
  await expect.poll(() => activeTabBadge(serviceWorker)).toBe('1');
  const tabId = await serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  const finding = popup.locator('.finding');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('marked confidential');
  await expect(finding.locator('cite').first()).toHaveText('Employee Social Media Policy §4.8');
  await expect(finding).toContainText('No confidential information will be posted to any social media under any circumstances.');
});

test('the popup shows a calm empty state away from the sites', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.empty').first()).toContainText('Open Facebook, X or LinkedIn');
});

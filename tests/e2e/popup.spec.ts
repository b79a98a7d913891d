/** The popup away from the sites (its findings view is covered in pages.spec.ts). */
import { expect, test } from './support/extension';

test('the popup shows a calm empty state away from the sites', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.empty').first()).toContainText('Open Facebook, X or LinkedIn');
});

/**
 * PostCheck must never stand between an employee and the Post button because
 * of its own failure: when checking breaks, the site posts at once and the
 * chip says checking is off; when the extension is reloaded mid-draft, the old
 * content script stops cleanly. (That nothing leaves the browser: egress.spec.ts.)
 */
import { activeTabBadge, expect, test } from './support/extension';
import { openSurface, overlay, posts, SURFACES } from './support/surfaces';

// Two block findings from the validators (door and gate codes): the same whatever the sentence judge reads.
const VIOLATING = 'the annex door code is 5591, and the gate code is 2280';

test('when checking fails, the chip says checking is off and posting works at once', async ({ context, serviceWorker }) => {
  await serviceWorker.evaluate(() => chrome.storage.session.set({ 'test:fault': 'engine' }));
  const surface = SURFACES.find((s) => s.name === 'Facebook comment')!;
  const { page, editor, submit } = await openSurface(context, surface);
  await editor.click();
  await page.keyboard.type(VIOLATING);
  const chip = overlay(page).locator('.chip');
  await expect(chip).toHaveText('Checking is off for this box');
  await expect(overlay(page).getByRole('status')).toHaveText('PostCheck: checking is off for this box. You can still post.');
  await chip.click();
  await expect(overlay(page).getByRole('dialog', { name: 'PostCheck notes for this post' })).toContainText('You can still post');

  await submit.click();
  expect(await posts(page)).toEqual([{ surface: 'comment', text: VIOLATING }]);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  // The keyboard path fails open too.
  await editor.click();
  await page.keyboard.type('second one: the alarm code is 7731');
  await page.keyboard.press('Enter');
  expect(await posts(page)).toHaveLength(2);
});

for (const surface of SURFACES.filter((s) => ['X home composer', 'LinkedIn share (Quill, shadow root)'].includes(s.name))) {
  test(`${surface.name}: the extension reloaded mid-draft stops the old script cleanly and posting works`, async ({ context, serviceWorker }) => {
    const { page, editor, submit } = await openSurface(context, surface);
    await editor.click();
    await page.keyboard.type(VIOLATING);
    await expect(overlay(page).locator('.chip')).toHaveText('2 policy notes');

    await serviceWorker.evaluate(() => setTimeout(() => chrome.runtime.reload(), 10));
    // The orphaned script notices within its heartbeat and removes everything it drew.
    await expect(overlay(page)).toHaveCount(0, { timeout: 10_000 });
    await expect(page.locator('html')).not.toHaveAttribute('data-postcheck');

    await submit.click();
    expect(await posts(page)).toEqual([{ surface: surface.recordedAs, text: VIOLATING }]);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });
}

test('a corrupted database is replaced on its own: the popup works, checking goes on, the acknowledgement is asked again', async ({ context, serviceWorker, extensionId }) => {
  // Leave the database at a version this build does not know, as a crash mid-upgrade or a downgrade would.
  await serviceWorker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('postcheck', 999);
        req.onupgradeneeded = () => {
          for (const name of [...req.result.objectStoreNames]) req.result.deleteObjectStore(name);
          req.result.createObjectStore('junk');
        };
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
  );
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.pack-info')).toContainText('Bundled with PostCheck');
  await expect(popup.locator('.reminder')).toContainText('You have not yet acknowledged');
  // The database has PostCheck's stores again.
  const stores = await serviceWorker.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const req = indexedDB.open('postcheck');
        req.onsuccess = () => {
          resolve([...req.result.objectStoreNames].sort());
          req.result.close();
        };
      }),
  );
  expect(stores).toEqual(expect.arrayContaining(['acknowledgements', 'packs', 'updateStatus']));
  // …and takes an acknowledgement again.
  const ack = await context.newPage();
  await ack.goto(`chrome-extension://${extensionId}/acknowledge.html`);
  await ack.getByLabel('Your name').fill('Ana Silva');
  await ack.getByRole('checkbox').check();
  await ack.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(ack.getByRole('status')).toContainText('Acknowledged by Ana Silva');

  const surface = SURFACES.find((s) => s.name === 'X home composer')!;
  const { page, editor, submit } = await openSurface(context, surface);
  await editor.click();
  await page.keyboard.type(VIOLATING);
  await expect(overlay(page).locator('.chip')).toHaveText('2 policy notes');
  await submit.click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
});

test('the service worker stopped mid-draft wakes up again: the badge follows and posting is still held', async ({ context, serviceWorker, extensionId }) => {
  const surface = SURFACES.find((s) => s.name === 'Facebook Create post')!;
  const { page, editor, submit } = await openSurface(context, surface);
  await editor.click();
  await page.keyboard.type(VIOLATING);
  await expect.poll(() => activeTabBadge(serviceWorker)).toBe('2');

  // Stop the worker the way Chrome does when it is idle (DevTools protocol, from an extension page).
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${extensionId}/popup.html`);
  const cdp = await context.newCDPSession(helper);
  const versions: { versionId: string; runningStatus: string; scriptURL: string }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...(e.versions as typeof versions)));
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => versions.find((v) => v.scriptURL.endsWith('/background.js'))?.versionId ?? null).not.toBeNull();
  const versionId = versions.find((v) => v.scriptURL.endsWith('/background.js'))!.versionId;
  await cdp.send('ServiceWorker.stopWorker', { versionId });
  // The page's checks may wake it again at once: that it stopped at all is what this step needs.
  await expect.poll(() => versions.some((v) => v.versionId === versionId && v.runningStatus === 'stopped')).toBe(true);
  await helper.close();

  await page.bringToFront();
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' The alarm code is 7731.');
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? (await context.waitForEvent('serviceworker'));
  await expect.poll(() => activeTabBadge(worker)).toBe('3');
  await submit.click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  expect(await posts(page)).toEqual([]);
});

test('when the site renames its Post button, posting works and the notes say the post cannot be held', async ({ context }) => {
  const { openSite } = await import('./support/sites');
  const page = await openSite(context, 'x', '/home?variant=renamed-button');
  const editor = page.locator('[data-surface="home"] [data-testid="tweetTextarea_0"]');
  await editor.click();
  await page.keyboard.type(VIOLATING);
  const chip = overlay(page).locator('.chip');
  await expect(chip).toHaveText('2 policy notes');
  await chip.click();
  await expect(overlay(page).locator('.panel')).toContainText('cannot find this box’s Post button');
  await page.keyboard.press('Escape'); // focus is on the chip: Escape closes the notes from there too
  await expect(overlay(page).locator('.panel')).toHaveCount(0);
  await page.locator('[data-testid="postButtonInlineV2"]').click();
  expect(await posts(page)).toEqual([{ surface: 'home', text: VIOLATING }]);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

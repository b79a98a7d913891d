/**
 * Signed rule-pack updates end to end: IT's managed configuration (a private
 * Chromium policy folder) points the extension at a server on 127.0.0.1. A
 * newer signed pack is applied, shown in the popup and changes what is
 * flagged; every bad answer is refused with its reason shown, and checking
 * goes on with the last good pack.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { generateSigningKeys } from '../../rules/signed-pack';
import { expect, test } from './support/extension';
import { canUsePrivatePolicy, EXTENSION_ID, launchWithExtension } from './support/launch';
import { type Answer, packDoc as publishedPack, type SeenRequest, sign, source, startPackServer } from './support/pack-server';
import { openSite } from './support/sites';

test.skip(!canUsePrivatePolicy(), 'a private policy folder needs root and unshare (CI runs as root)');

const floor = source.version;
/** A word only the updated pack treats as a confidentiality marker. */
const NEW_MARKER = 'bluebird protocol';

function packDoc(changes: Record<string, unknown> = {}, extraMarker = false): Record<string, unknown> {
  const doc = publishedPack(changes);
  if (extraMarker) {
    const marker = doc.rules.find((r) => r.id === 'confidential-marker');
    marker?.detector.phrases?.push(NEW_MARKER);
    // A code name the city wants flagged every time: firm, so the sentence judge does not weigh it.
    if (marker) (marker as { firm?: boolean }).firm = true;
  }
  return doc;
}

async function checkNow(context: BrowserContext): Promise<Page> {
  const options = context.pages().find((p) => p.url().endsWith('/options.html')) ?? (await context.newPage());
  if (!options.url().endsWith('/options.html')) await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await options.getByRole('button', { name: 'Check for updates now' }).click();
  await expect(options.getByRole('button', { name: 'Check for updates now' })).toBeEnabled({ timeout: 40_000 });
  return options;
}

test('a newer signed pack is applied; bad answers are refused with the reason and the last good pack stays', async () => {
  test.setTimeout(180_000);
  const key = await generateSigningKeys();
  const other = await generateSigningKeys();
  let answer: Answer = { body: await sign(packDoc({ version: floor + 1 }, true), key.privatePkcs8), etag: '"pack-v2"' };
  const seen: SeenRequest[] = [];
  const { url, stop } = await startPackServer(() => answer, seen);
  const context = await launchWithExtension({ managedPolicy: { packUrl: url, packPublicKey: key.publicSpkiBase64, updateIntervalMinutes: 60 } });
  try {
    const options = await checkNow(context);
    await expect(options.locator('.pack-info')).toContainText(`${floor + 1}, dated`);
    await expect(options.locator('.pack-info')).toContainText(`Your IT department (${url})`);
    await expect(options.locator('.pack-error')).toHaveCount(0);

    // Checking again revalidates with the server's ETag: a 304, no download, no error.
    await checkNow(context);
    expect(seen.at(-1)?.ifNoneMatch).toBe('"pack-v2"');
    await expect(options.locator('.pack-error')).toHaveCount(0);
    await expect(options.locator('.pack-info')).toContainText(`${floor + 1}, dated`);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    await expect(popup.locator('.pack-info')).toContainText(`${floor + 1}, dated`);

    // The new pack changes what is flagged.
    const site = await openSite(context, 'x', '/home');
    await site.locator('[data-surface="home"] [data-testid="tweetTextarea_0"]').click();
    await site.keyboard.type(`Per the ${NEW_MARKER}, meetings move to Tuesday`);
    await expect(site.locator('postcheck-overlay .chip')).toHaveText('1 policy note');

    const tampered = JSON.parse(await sign(packDoc({ version: floor + 2 }), key.privatePkcs8));
    tampered.payload = Buffer.from(Buffer.from(tampered.payload, 'base64').toString('utf8').replace('Ask your supervisor', 'Ask Mallory')).toString('base64');
    const cases: [string, () => Promise<Answer>, RegExp][] = [
      ['tampered', async () => ({ body: JSON.stringify(tampered) }), /signature does not match/],
      ['unsigned', async () => ({ body: JSON.stringify(packDoc({ version: floor + 2 })) }), /not signed/],
      ['wrong key', async () => ({ body: await sign(packDoc({ version: floor + 2 }), other.privatePkcs8) }), /signature does not match/],
      ['older', async () => ({ body: await sign(packDoc({ version: floor }), key.privatePkcs8) }), /not newer/],
      ['wrong city', async () => ({ body: await sign(packDoc({ id: 'vicksburg', version: floor + 2 }), key.privatePkcs8) }), /not the configured "alexandria"/],
      ['oversized', async () => ({ body: 'x'.repeat(3_000_000) }), /too large/],
      ['schema-invalid', async () => ({ body: await sign(packDoc({ version: floor + 2, policies: [] }), key.privatePkcs8) }), /not a valid pack/],
      ['HTML error page', async () => ({ type: 'text/html', body: '<!doctype html><h1>Sign in to continue</h1>' }), /web page/],
      ['500', async () => ({ status: 500, body: 'Internal Server Error' }), /answered 500/],
      ['hanging', async () => ({ hang: true }), /did not answer within/],
    ];
    for (const [name, make, reason] of cases) {
      await test.step(name, async () => {
        answer = await make();
        const page = await checkNow(context);
        await expect(page.locator('.pack-error')).toContainText(reason);
        await expect(page.locator('.pack-info')).toContainText(`${floor + 1}, dated`);
      });
    }
    // Still checking with the last good pack.
    const again = await openSite(context, 'x', '/home');
    await again.locator('[data-surface="home"] [data-testid="tweetTextarea_0"]').click();
    await again.keyboard.type(`The ${NEW_MARKER} applies`);
    await expect(again.locator('postcheck-overlay .chip')).toHaveText('1 policy note');
  } finally {
    await context.close();
    stop();
  }
});

test('with no managed configuration and no network, the bundled pack works', async ({ context }) => {
  const site = await openSite(context, 'facebook', '/');
  await site.locator('[role="dialog"] [data-lexical-editor="true"]').click();
  await site.keyboard.type('Door code for the annex is 5591');
  await expect(site.locator('postcheck-overlay .chip')).toHaveText('1 policy note');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
  await expect(popup.locator('.pack-info')).toContainText('Bundled with PostCheck');
  await expect(popup.getByRole('button', { name: 'Check for updates now' })).toHaveCount(0);
});

/**
 * PostCheck installed the way IT deploys it: an ExtensionSettings policy
 * force-installs a CRX from an update manifest on 127.0.0.1 (self-hosting, no
 * store), and the 3rdparty policy configures it — in a private copy of
 * Chromium's policy folder. The CRX is packed by Chromium itself with a
 * throwaway key (the real signing key never leaves the release machine), so
 * its ID is computed from that key.
 */
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './support/extension';
import { CHROMIUM_PATH, canUsePrivatePolicy, EXTENSION_PATH, launchWithExtension } from './support/launch';
import { openSite } from './support/sites';

test.skip(!canUsePrivatePolicy(), 'a private policy folder needs root and unshare (CI runs as root)');

/** Chromium's extension ID: the first 16 bytes of SHA-256 of the public key, as letters a–p. */
function extensionIdOf(pem: string): string {
  const spki = createPublicKey(pem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('hex').slice(0, 32).replace(/[0-9a-f]/g, (c) => 'abcdefghijklmnop'[Number.parseInt(c, 16)]!);
}

function packCrx(): { crx: Buffer; id: string; version: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'postcheck-crx-'));
  const ext = path.join(dir, 'postcheck');
  cpSync(EXTENSION_PATH, ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(ext, 'manifest.json'), 'utf8'));
  delete manifest.key; // the CRX's own key decides the ID
  writeFileSync(path.join(ext, 'manifest.json'), JSON.stringify(manifest));
  execFileSync(CHROMIUM_PATH, ['--headless', '--no-sandbox', '--disable-gpu', `--pack-extension=${ext}`], { stdio: 'ignore' });
  return { crx: readFileSync(`${ext}.crx`), id: extensionIdOf(readFileSync(`${ext}.pem`, 'utf8')), version: manifest.version };
}

test('force-installed from a self-hosted update manifest and configured by policy, PostCheck checks drafts', async () => {
  test.setTimeout(90_000);
  const { crx, id, version } = packCrx();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url?.startsWith('/updates.xml')) {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(`<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${id}'><updatecheck codebase='${base}/postcheck.crx' version='${version}' /></app>
</gupdate>`);
    } else if (req.url === '/postcheck.crx') {
      res.writeHead(200, { 'content-type': 'application/x-chrome-extension' });
      res.end(crx);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const updateUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/updates.xml`;
  const context = await launchWithExtension({
    forceInstalled: { id },
    browserPolicy: {
      ExtensionSettings: { [id]: { installation_mode: 'force_installed', update_url: updateUrl } },
      DeveloperToolsAvailability: 1,
    },
    managedPolicy: { strictMode: true, packId: 'vicksburg' },
  });
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().includes(id)) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().includes(id), timeout: 30_000 }));
    const self = await worker.evaluate(() => chrome.management.getSelf());
    expect(self).toMatchObject({ installType: 'admin', mayDisable: false, version });
    expect(requests.some((r) => r.startsWith('/updates.xml'))).toBe(true);
    // Right after a force-install the managed configuration can arrive a moment later (no event marks it).
    await expect.poll(() => worker.evaluate(() => chrome.storage.managed.get().then((m) => m.strictMode ?? null)), { timeout: 15_000 }).toBe(true);

    const site = await openSite(context, 'facebook', '/');
    await site.locator('[role="dialog"] [data-lexical-editor="true"]').click();
    await site.keyboard.type('Door code for the annex is 5591');
    await expect(site.locator('postcheck-overlay .chip')).toHaveText('1 policy note');
    await site.locator('[role="dialog"] [role="button"][aria-label="Post"]').click();
    const dialog = site.getByRole('alertdialog');
    // Strict mode from policy: a block finding cannot be posted anyway; Vicksburg's pack names who to ask.
    await expect(dialog.getByRole('button', { name: 'Post anyway' })).toHaveCount(0);
    await expect(dialog.locator('.prepost__blocked')).toHaveText('Strict mode, set by your IT department, holds a post with a serious note until it is edited.');
  } finally {
    await context.close();
    server.close();
  }
});

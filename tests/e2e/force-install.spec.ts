/**
 * PostCheck installed the way docs/deployment.md tells IT to self-host it:
 * the city's own packing key from `postcheck extension-key`, the CRX and
 * update manifest from `postcheck pack-extension`, and the policy from
 * `postcheck policy-files` — all for the id that key gives, not the project's
 * — served from 127.0.0.1 and applied in a private copy of Chromium's policy
 * folder: ExtensionSettings force-installs it, 3rdparty configures it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './support/extension';
import { canUsePrivatePolicy, EXTENSION_ID, EXTENSION_PATH, launchWithExtension } from './support/launch';
import { openSite } from './support/sites';

test.skip(!canUsePrivatePolicy(), 'a private policy folder needs root and unshare (CI runs as root)');

const POSTCHECK = path.resolve('bin/postcheck.mjs');
/** The `postcheck` command as IT runs it, in IT's own folder. */
const postcheck = (cwd: string, ...args: string[]) => execFileSync(process.execPath, [POSTCHECK, ...args], { cwd, encoding: 'utf8' });

interface PolicyFile {
  ExtensionSettings: Record<string, { update_url: string }>;
  '3rdparty': { extensions: Record<string, Record<string, unknown>> };
}

test('force-installed from a self-hosted update manifest and configured by policy, PostCheck checks drafts', async () => {
  // Packing the 48 MB build and three runs of the command take a while on a loaded 2-core machine.
  test.setTimeout(240_000);
  const itFolder = mkdtempSync(path.join(tmpdir(), 'postcheck-it-'));
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    // IT's web server: the folder pack-extension wrote, published under /postcheck/.
    const name = /^\/postcheck\/([\w.-]+)(?:\?.*)?$/.exec(req.url ?? '')?.[1];
    const type = name?.endsWith('.crx') ? 'application/x-chrome-extension' : 'application/xml';
    try {
      const body = readFileSync(path.join(itFolder, 'publish', name ?? ''));
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/postcheck/`;

    const id = /Extension id: +([a-p]{32})/.exec(postcheck(itFolder, 'extension-key', '--out', 'city-keys'))?.[1];
    if (!id) throw new Error('postcheck extension-key printed no extension id');
    expect(id).not.toBe(EXTENSION_ID);
    const version = JSON.parse(readFileSync(path.join(EXTENSION_PATH, 'manifest.json'), 'utf8')).version as string;
    postcheck(itFolder, 'pack-extension', EXTENSION_PATH, '--key', 'city-keys/postcheck-extension-key.pem', '--url', url, '--out', 'publish');
    writeFileSync(path.join(itFolder, 'city.json'), JSON.stringify({ strictMode: true }));
    postcheck(itFolder, 'policy-files', '--key', 'city-keys/postcheck-extension-key.pem', '--url', url, '--out', 'policies', '--config', 'city.json', '--pack-id', 'vicksburg');
    const policy = JSON.parse(readFileSync(path.join(itFolder, 'policies', 'postcheck.json'), 'utf8')) as PolicyFile;
    expect(Object.keys(policy.ExtensionSettings)).toEqual([id]);

    const context = await launchWithExtension({
      forceInstalled: { id },
      // The generated file as it is (the launcher writes it back whole), and DevTools for the test to reach the service worker.
      browserPolicy: { ExtensionSettings: policy.ExtensionSettings, DeveloperToolsAvailability: 1 },
      managedPolicy: policy['3rdparty'].extensions[id],
    });
    try {
      const worker =
        context.serviceWorkers().find((w) => w.url().includes(id)) ??
        (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().includes(id), timeout: 30_000 }));
      const self = await worker.evaluate(() => chrome.management.getSelf());
      expect(self).toMatchObject({ installType: 'admin', mayDisable: false, version });
      expect(requests.some((r) => r.startsWith('/postcheck/updates.xml'))).toBe(true);
      expect(requests).toContain(`/postcheck/postcheck-${version}.crx`);
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
    }
  } finally {
    server.close();
  }
});

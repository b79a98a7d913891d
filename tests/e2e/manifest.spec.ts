/** Pins what the built Chrome manifest asks for: the least the product needs. */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';

const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));

test('content scripts run on exactly the three sites', () => {
  expect(manifest.content_scripts).toHaveLength(1);
  expect([...manifest.content_scripts[0].matches].sort()).toEqual([
    'https://twitter.com/*',
    'https://web.facebook.com/*',
    'https://www.facebook.com/*',
    'https://www.linkedin.com/*',
    'https://x.com/*',
  ]);
});

test('permissions are only what the extension uses', () => {
  expect(manifest.permissions).toEqual(['storage', 'alarms']);
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.optional_permissions).toBeUndefined();
});

test('the extension pages have a strict content-security policy', () => {
  expect(manifest.content_security_policy).toEqual({
    extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  });
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
});

test('a committed public key fixes the extension ID', () => {
  const der = Buffer.from(manifest.key, 'base64');
  const id = createHash('sha256').update(der).digest('hex').slice(0, 32).replace(/[0-9a-f]/g, (c) => 'abcdefghijklmnop'[parseInt(c, 16)]!);
  expect(id).toBe('gaipkpccmnbbmdidggkfbeccicjahcgl');
  expect(readFileSync('keys/manifest-key.b64', 'utf8').trim()).toBe(manifest.key);
});

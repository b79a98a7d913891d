import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Base64 SubjectPublicKeyInfo of the extension's signing key: gives a fixed extension ID. */
const manifestKey = readFileSync('keys/manifest-key.b64', 'utf8').trim();

export const SITE_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://www.linkedin.com/*',
];

/**
 * The extension's own pages run only their own scripts, embed nothing, submit
 * no forms and cannot be framed by a site. (Network requests are not limited
 * here: the updater must reach the pack address IT configures.)
 */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export default defineConfig({
  // Explicit imports everywhere, so each file shows what it depends on.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  zip: {
    // The private signing key never leaves the machine it was made on, not even in the sources zip.
    excludeSources: ['keys/*.pem', '**/*.pem', 'demo-output/**', 'test-results/**', 'tests/fixtures/sites/dist/**'],
  },
  manifest: ({ browser }) => ({
    name: 'PostCheck',
    description:
      'Checks your personal posts on Facebook, X and LinkedIn against your city’s social-media policy — on your device, never sent anywhere.',
    // storage: the per-tab findings live in storage.session (memory only) so the popup can show them.
    // alarms: the rule-pack updater's schedule, which must survive the service worker sleeping.
    permissions: ['storage', 'alarms'],
    action: { default_title: 'PostCheck' },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // IT's enterprise policy for PostCheck (Chromium-based browsers read it through storage.managed).
    ...(browser === 'chrome' ? { key: manifestKey, storage: { managed_schema: 'managed_schema.json' } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'postcheck@postcheck.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

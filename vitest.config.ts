import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  resolve: {
    // The extension talks to the browser through webextension-polyfill; in unit tests that is WXT's fake browser.
    alias: { 'webextension-polyfill': fileURLToPath(new URL('tests/unit/support/fake-polyfill.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});

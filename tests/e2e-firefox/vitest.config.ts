/**
 * The Firefox ESR end-to-end suite (npm run test:e2e:firefox): one Firefox per
 * test file, files one after another (a 2-core machine), generous timeouts
 * for a browser start and the first OCR, one retry in CI (as the Chromium suite).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    retry: process.env.CI ? 1 : 0,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    expect: { poll: { timeout: 10_000 } },
  },
});

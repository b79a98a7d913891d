// `npm run demo`: opens the built extension's practice page in Chromium with a sample draft.
// With a display it stays open for you to try; without one it runs headless, saves a
// screenshot and prints the findings the page shows.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const EXTENSION = path.resolve('.output/chrome-mv3');
const OUT_DIR = path.resolve(process.env.DEMO_OUTPUT ?? 'demo-output');
const SAMPLE =
  'Long day at City Hall. Not supposed to say, but the CONFIDENTIAL memo says the pool closes in June. Internal only!';
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  viewport: { width: 900, height: 820 },
  args: [
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-quic',
    '--disable-component-update', '--disable-background-networking',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = await context.newPage();
await page.goto(`chrome-extension://${extensionId}/practice.html?draft=${encodeURIComponent(SAMPLE)}`);
await page.locator('main .category-group').first().waitFor();

// The notes as the page lists them: grouped by what they are about, each with its message and its one clause.
const groups = await page.locator('main .category-group').evaluateAll((sections) =>
  sections.map((section) => ({
    category: section.querySelector('.category-group__title')?.textContent ?? '',
    notes: [...section.querySelectorAll('.finding')].map((note) => ({
      message: note.querySelector('.finding__head')?.textContent ?? '',
      clause: note.querySelector('.citation__primary cite')?.textContent ?? '',
    })),
  })),
);
console.log(`PostCheck ${extensionId} — practice page, sample draft:\n  "${SAMPLE}"\n`);
for (const g of groups) console.log(`  ${g.category}\n${g.notes.map((n) => `    • ${n.message} (${n.clause})`).join('\n')}`);

if (headless) {
  mkdirSync(OUT_DIR, { recursive: true });
  const shot = path.join(OUT_DIR, 'practice.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`\nScreenshot: ${shot}`);
  await context.close();
} else {
  console.log('\nChromium is open on the practice page; close the window to finish.');
  await new Promise((resolve) => context.on('close', resolve));
}

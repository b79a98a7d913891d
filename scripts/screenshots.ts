/// <reference types="chrome" />
// `npm run screenshots`: the README's pictures of PostCheck on the site fixtures
// (the hover card, the notes panel, the pre-post dialog, the popup, the policy and
// practice pages), taken with the built extension.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../tests/e2e/support/launch';
import { openSite } from '../tests/e2e/support/sites';

const OUT = path.resolve('docs/images');
mkdirSync(OUT, { recursive: true });
const context = await launchWithExtension({ viewport: { width: 1000, height: 640 } });
const overlay = (page: import('@playwright/test').Page) => page.locator('postcheck-overlay');

// X: the hover card over a highlighted insult.
const x = await openSite(context, 'x', '/home');
await x.locator('[data-surface="home"] [data-testid="tweetTextarea_0"]').click();
await x.keyboard.type('Another 3-hour staff meeting. My supervisor is a lazy idiot, honestly.');
const highlight = overlay(x).locator('.highlight--warn').last();
await highlight.waitFor();
const box = await highlight.boundingBox();
if (!box) throw new Error('no highlight to hover');
await x.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
await overlay(x).locator('.card').waitFor();
await x.screenshot({ path: path.join(OUT, 'highlight-card.png') });

// Facebook: the pre-post dialog.
const fb = await openSite(context, 'facebook', '/');
await fb.locator('[role="dialog"] [data-lexical-editor="true"]').click();
await fb.keyboard.type('Not supposed to share this, but the CONFIDENTIAL budget memo says the pool closes in June. Call Dave at 703-555-0143 if you want details.');
await overlay(fb).locator('.chip').waitFor();
await fb.locator('[role="dialog"] [role="button"][aria-label="Post"]').click();
await fb.getByRole('alertdialog').waitFor();
await fb.screenshot({ path: path.join(OUT, 'prepost-dialog.png') });

// LinkedIn: the chip's notes panel, opened from the keyboard.
const li = await openSite(context, 'linkedin', '/feed/');
await li.locator('#interop-outlet .ql-editor').click();
await li.keyboard.type('Proud to announce on behalf of the City of Alexandria that our new park opens Monday!');
await overlay(li).locator('.chip').waitFor();
await li.keyboard.press('Alt+Shift+P');
await overlay(li).locator('.panel').waitFor();
await li.screenshot({ path: path.join(OUT, 'notes-panel.png') });

// The extension's own pages: the popup for the Facebook tab above, the policy page, the practice page.
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
await fb.getByRole('alertdialog').getByRole('button', { name: 'Edit post' }).click();
await fb.bringToFront();
const fbTab = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
const popup = await context.newPage();
await popup.setViewportSize({ width: 400, height: 900 });
await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${fbTab}`);
await popup.locator('.category-group').first().waitFor();
await popup.screenshot({ path: path.join(OUT, 'popup.png') });

const policy = await context.newPage();
await policy.goto(`chrome-extension://${extensionId}/policy.html`);
await policy.getByLabel('Search the policy').fill('confidential');
await policy.locator('article.clause').first().waitFor();
await policy.screenshot({ path: path.join(OUT, 'policy.png') });

const practice = await context.newPage();
await practice.goto(`chrome-extension://${extensionId}/practice.html`);
await practice.getByRole('button', { name: 'Workplace complaints' }).click();
await practice.locator('main .finding').first().waitFor();
await practice.screenshot({ path: path.join(OUT, 'practice.png') });

await context.close();
console.log(`Screenshots written to ${OUT}`);

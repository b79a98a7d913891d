/** The practice page uses the same engine, highlights, chip and pre-post dialog as the sites; `npm run demo` opens it. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './support/extension';
import { CHROMIUM_PATH } from './support/launch';

test('an example draft is highlighted, listed with its clause, and held by the pre-post dialog', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  await page.getByRole('button', { name: 'Confidential information' }).click();
  const overlay = page.locator('postcheck-overlay');
  await expect(overlay.locator('.highlight').first()).toBeVisible();
  await expect(overlay.locator('.chip')).toContainText('policy note');
  const group = page.locator('main .category-group').first();
  await expect(group.locator('h3')).toHaveText('Confidential information');
  await expect(group.locator('.finding').first()).toContainText(/looks like (a personal identifier|a Social Security number|a payment card number|someone’s date of birth)/);
  await expect(group.locator('.finding .citation__primary cite').first()).toHaveText('Employee Social Media Policy §4.8');

  const draft = await page.getByRole('textbox', { name: 'Practice draft' }).innerText();
  await page.getByRole('button', { name: 'Post (practice)' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Before you post' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Post anyway' }).click();
  await expect(page.getByRole('region', { name: 'Practice post — it went nowhere:' })).toContainText(draft.trim());
  await expect(page.getByRole('textbox', { name: 'Practice draft' })).toHaveText('');
});

test('a clean practice draft posts at once, and ?draft= fills the box (npm run demo)', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/practice.html?draft=${encodeURIComponent('Lovely walk by the river today')}`);
  const box = page.getByRole('textbox', { name: 'Practice draft' });
  await expect(box).toHaveText('Lovely walk by the river today');
  await expect(page.locator('main .empty').first()).toContainText('Nothing to flag');
  await page.getByRole('button', { name: 'Post (practice)' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Practice post — it went nowhere:' })).toContainText('Lovely walk by the river today');
});

test('a huge draft is checked in a bounded slice and the user is told', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  // The example buttons appear once the pack is loaded and checking has started.
  await expect(page.getByRole('button', { name: 'Confidential information' })).toBeVisible();
  const box = page.getByRole('textbox', { name: 'Practice draft' });
  await box.evaluate((el) => {
    el.textContent = 'The committee met again today and the CONFIDENTIAL minutes were shared. '.repeat(4_000); // ~300,000 characters
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const chip = page.locator('postcheck-overlay .chip');
  await expect(chip).toContainText('partly checked');
  await chip.click();
  await expect(page.locator('postcheck-overlay .panel')).toContainText('checked its first');
  await expect(page.locator('postcheck-overlay [role="status"]')).toContainText('only partly checked');
});

test('at 1000×640 the chip and its hint keep off the page’s buttons, the photo label among them', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 640 });
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  await page.getByRole('textbox', { name: 'Practice draft' }).click();
  await page.keyboard.type('my supervisor is a lazy idiot');
  const chip = page.locator('postcheck-overlay .status');
  await expect(chip.locator('.chip')).toContainText('policy note');
  const unit = await chip.boundingBox();
  const controls = await page.locator('.composer__actions .button').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  expect(unit).not.toBeNull();
  expect(controls.length).toBe(3);
  const overlaps = (a: { x: number; y: number; width: number; height: number }, b: DOMRect) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(controls.filter((c) => overlaps(unit!, c))).toEqual([]);
});

test('npm run demo (the README’s first command, headless): the sample draft’s notes are printed with their clauses and a screenshot is saved', () => {
  test.setTimeout(90_000);
  // The demo runs the build employees get (npm run build), from a folder of its own so the repository's stays as it is.
  const cwd = mkdtempSync(path.join(tmpdir(), 'postcheck-demo-'));
  try {
    const out = execFileSync(process.execPath, [path.resolve('scripts/demo.mjs'), '--headless'], {
      cwd: path.resolve('.'),
      env: { ...process.env, CHROMIUM_PATH, DEMO_OUTPUT: cwd },
      encoding: 'utf8',
      timeout: 80_000,
    });
    expect(out).toContain('Confidential information');
    expect(out).toMatch(/• Serious This looks like information marked confidential or internal\. \(.+§.+\)/);
    expect(existsSync(path.join(cwd, 'practice.png'))).toBe(true);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
});

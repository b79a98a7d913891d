/**
 * The pack studio as communications staff use it: open a pack file, edit a
 * rule's message, break a clause and see the error beside it (and in the
 * summary, linked to it), fix it, try a draft and see the edited note, save
 * the pack, then sign and validate the saved file with the `postcheck`
 * command, as IT would. Also: drop a file, a file that is not JSON, the
 * template pack, a failing example, the link from settings, and axe.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';

const POSTCHECK = path.resolve('bin/postcheck.mjs');
const postcheck = (cwd: string, ...args: string[]) => execFileSync(process.execPath, [POSTCHECK, ...args], { cwd, encoding: 'utf8' });

async function seriousViolations(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

interface PackFile {
  policies: { id: string; clauses: { section: string; text: string }[] }[];
  rules: { id: string; message: string }[];
}

// Launching Chromium and loading the sentence judge is slow on a busy 2-core machine; signing starts Node three times.
test.describe.configure({ timeout: 180_000 });

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'postcheck-studio-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('open a pack, edit a message, break and fix a clause, try a draft, save, then sign and validate it with the CLI', async ({ context, extensionId }) => {
  const source = path.join(dir, 'alexandria.json');
  writeFileSync(source, postcheck(dir, 'export', 'alexandria'));
  const original = JSON.parse(readFileSync(source, 'utf8')) as PackFile;
  const clauseText = original.policies.find((p) => p.id === 'employee')!.clauses.find((c) => c.section === '4.8')!.text;

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/studio.html`);
  await page.getByLabel('Open a pack file (.json)').setInputFiles(source);
  const status = page.getByRole('status').filter({ hasText: /problem/ });
  await expect(status).toHaveText('No problems in the fields. Signing also runs the rules’ examples: try them below.');

  // Edit a rule's message: each rule is one folded line until opened.
  await page.locator('summary', { hasText: /^Rule harassment-insult / }).click();
  const rule = page.getByRole('group', { name: /^Rule harassment-insult / });
  const message = 'Calling a person names in a post can break the policy, on duty or off.';
  await rule.getByRole('textbox', { name: 'Message' }).fill(message);

  // Break a clause: its text emptied. The error is beside the field, describes it and marks it invalid.
  const policy = page.getByRole('group', { name: 'Employee Social Media Policy' });
  await policy.locator('summary', { hasText: /^Section 4\.8 —/ }).click();
  const clause = policy.getByRole('group', { name: 'Section 4.8', exact: true });
  const text = clause.getByRole('textbox', { name: 'Clause text, exactly as the policy words it' });
  await text.fill('');
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(text).toHaveAccessibleDescription('Write something here.');
  await expect(status).toHaveText('1 problem to fix before signing.');
  await expect(page.getByRole('button', { name: 'Run the rules’ examples' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  // The summary links to the field: following it by keyboard puts the focus there.
  const summary = page.getByRole('region', { name: 'There is 1 problem' });
  const link = summary.getByRole('link', { name: 'employee section 4.8 — Clause text, exactly as the policy words it: Write something here.' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(text).toBeFocused();

  // Fixed (the clause's own words again): valid, no error left beside it.
  await text.fill(clauseText);
  await expect(status).toHaveText('No problems in the fields. Signing also runs the rules’ examples: try them below.');
  await expect(text).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toHaveCount(0);

  // The pack's own examples pass, and a draft gets the edited rule's note.
  await page.getByRole('button', { name: 'Run the rules’ examples' }).click();
  const examples = page.locator('#studio-examples-result');
  await expect(examples).toHaveText(/^(\d+) of \1 examples pass\.Every example passes and the pack is quick to check with: it is ready for postcheck sign\.$/, { timeout: 60_000 });
  await page.getByRole('textbox', { name: 'A draft to try' }).fill('you are a pathetic moron');
  const notes = page.getByRole('region', { name: 'Notes on this draft' });
  await expect(notes.locator('.finding').first()).toContainText(message);
  await expect(notes.locator('.category-group h3').first()).toHaveText('Harassment');

  // Save: the download is the edited pack.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the pack' }).click()]);
  expect(download.suggestedFilename()).toBe('alexandria.json');
  const saved = path.join(dir, 'saved', 'alexandria.json');
  await download.saveAs(saved);
  await expect(page.getByText('Saved as alexandria.json.')).toBeVisible();
  const edited = JSON.parse(readFileSync(saved, 'utf8')) as PackFile;
  expect(edited.rules.find((r) => r.id === 'harassment-insult')!.message).toBe(message);
  expect(edited.policies.find((p) => p.id === 'employee')!.clauses.find((c) => c.section === '4.8')!.text).toBe(clauseText);

  // Signing stays in the CLI: the saved file signs and validates as IT's updater would check it.
  postcheck(dir, 'keygen', '--out', 'keys');
  postcheck(dir, 'sign', saved, '--key', 'keys/postcheck-signing-key.pem');
  const validated = postcheck(dir, 'validate', path.join(dir, 'saved', 'alexandria.signed.json'), '--public-key', 'keys/postcheck-signing-key.pub.txt', '--pack-id', 'alexandria');
  expect(validated).toContain('valid signed pack "alexandria"');
});

test('from settings to the studio; a dropped file that is not JSON is refused with its line, the template starts a pack', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('link', { name: 'Open the pack studio' }).click();
  await expect(page).toHaveTitle('PostCheck — Pack studio');

  // A file dropped on the page is read there; this one breaks on line 2.
  const zone = page.locator('.dropzone');
  const drop = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{\n  "id": "springfield",,\n}'], 'springfield.json', { type: 'application/json' }));
    return data;
  });
  await zone.dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByRole('alert')).toHaveText('springfield.json could not be opened: it is not JSON (error at line 2, column 23).');

  // The template pack, by keyboard.
  await page.getByRole('button', { name: 'Start from the template pack' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('Editing template.json')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /problem/ })).toHaveText('No problems in the fields. Signing also runs the rules’ examples: try them below.');

  // An example the rule does not flag: the run names it, and its link opens the folded rule and moves the focus there.
  const ruleLine = page.locator('summary', { hasText: /^Rule confidential-marker / });
  await ruleLine.click();
  const rule = page.getByRole('group', { name: /^Rule confidential-marker / });
  await rule.getByRole('textbox', { name: 'Drafts it must flag (one per line)' }).fill('Lovely walk by the river today');
  await ruleLine.click();
  await expect(rule).toHaveCount(0);
  await page.getByRole('button', { name: 'Run the rules’ examples' }).click();
  const result = page.locator('#studio-examples-result');
  await expect(result).toHaveText(/^\d+ of \d+ examples pass\.$/, { timeout: 60_000 });
  const [passed, total] = (await result.textContent())!.match(/\d+/g)!.map(Number);
  expect(passed).toBe(total! - 1);
  const failure = page.locator('.examples-run__failed li');
  await expect(failure).toHaveText('Rule confidential-marker: rule "confidential-marker": examples.match: "Lovely walk by the river today" is not flagged by the rule');
  await failure.getByRole('link').click();
  await expect(rule).toBeFocused();

  // A phrase not written as the word lists write them (a capital) is refused beside its field, naming its line.
  await page.getByLabel('Word list', { exact: true }).selectOption('insult-nouns');
  await page.getByRole('button', { name: 'Change this list' }).click();
  const list = page.getByRole('group', { name: 'Word list insult-nouns' });
  const add = list.getByRole('textbox', { name: 'Phrases to add (one per line)' });
  await add.fill('dingbat\nDingbats');
  await expect(add).toHaveAttribute('aria-invalid', 'true');
  await expect(add).toHaveAccessibleDescription(/^Line 2: /);
  expect(await seriousViolations(page)).toEqual([]);
});

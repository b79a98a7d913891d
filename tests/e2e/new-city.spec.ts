/**
 * A new city without a build (issue 20, item 5), following docs/new-city.md
 * step by step with the real CLI: Springfield makes its signing keys, exports
 * the template, fills in its policy (the template's clauses, which Springfield
 * adopted word for word, under its own title), its contact and its lexicon,
 * validates, signs and verifies the pack, writes its policy files, and
 * publishes the signed pack (here on a local server). A real Chromium
 * configured with those policy files checks with the template under
 * Springfield's name until the pack arrives, then shows Springfield's clauses
 * in the hover card, the notes panel, the pre-post dialog, the popup and the
 * policy page; no bundled city's policy is ever shown.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { canUsePrivatePolicy, EXTENSION_ID, launchWithExtension } from './support/launch';
import { type SeenRequest, startPackServer } from './support/pack-server';
import { openSite } from './support/sites';

const POSTCHECK = path.resolve('bin/postcheck.mjs');
const postcheck = (cwd: string, ...args: string[]) => execFileSync(process.execPath, [POSTCHECK, ...args], { cwd, encoding: 'utf8' });

/** What the bundled packs would show; none of it may reach a Springfield employee once its pack is in. */
const OTHER_CITIES = /Alexandria|El Paso|Vicksburg|municipal template/;
const TITLE = 'City of Springfield Social Media Policy';
const OFFICIAL_TITLE = 'City of Springfield Social Media Policy: Official Use of Social Media on Behalf of the City';
const DRAFT = 'Bake sale Saturday at the Elks lodge! Questions? Email me at homer.simpson@springfield.gov';

interface PackDoc {
  id: string;
  city: string;
  version: number;
  policyVersion: string;
  date: string;
  contact: string;
  policies: { id: string; title: string }[];
  lexicon: Record<string, string[]>;
}

/** Step 3 of docs/new-city.md, as the city's communications office would fill it in. */
function fillIn(doc: PackDoc): PackDoc {
  doc.id = 'springfield';
  doc.city = 'City of Springfield';
  doc.version = 1;
  doc.policyVersion = 'springfield-2026-1';
  doc.date = '2026-12-01';
  doc.contact = 'Ask the Springfield Communications Office (555-0100) before posting.';
  // Springfield adopted the municipal template word for word: the clauses stay, the titles become its own.
  for (const policy of doc.policies) policy.title = policy.id === 'template' ? TITLE : OFFICIAL_TITLE;
  doc.lexicon.cityNames = ['City of Springfield', 'Springfield City Hall'];
  doc.lexicon.emailDomains = ['springfield.gov'];
  doc.lexicon.departments = ['Springfield Public Works', 'Springfield Power Plant'];
  return doc;
}

async function openPopup(context: BrowserContext): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
  return popup;
}

async function expectNoOtherCity(where: Locator): Promise<void> {
  await expect(where).not.toContainText(OTHER_CITIES);
}

test.describe('a new city, by docs/new-city.md', () => {
  test.skip(!canUsePrivatePolicy(), 'a private policy folder needs root and unshare (CI runs as root)');
  // Launching Chromium, loading the sentence judge and running the CLI six times take a while on a busy 2-core machine.
  test.describe.configure({ timeout: 180_000 });

  let dir: string;
  test.beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'postcheck-new-city-'));
  });
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('Springfield exports the template, fills it in, signs and publishes it; its employees see its clauses everywhere, never another city’s', async () => {
    // Steps 1–5: keys, the template, Springfield's words, validate, sign and verify.
    postcheck(dir, 'keygen', '--out', 'city-keys');
    const exported = postcheck(dir, 'export', 'template');
    writeFileSync(path.join(dir, 'springfield.json'), `${JSON.stringify(fillIn(JSON.parse(exported) as PackDoc), null, 2)}\n`);
    expect(postcheck(dir, 'validate', 'springfield.json')).toContain('valid');
    postcheck(dir, 'sign', 'springfield.json', '--key', 'city-keys/postcheck-signing-key.pem');
    expect(postcheck(dir, 'verify', 'springfield.signed.json', '--public-key', 'city-keys/postcheck-signing-key.pub.txt')).toContain('springfield');

    // Step 6: the policy files, for the address the pack will be published at.
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ cityName: 'City of Springfield', updateIntervalMinutes: 360 }));
    postcheck(dir, 'extension-key', '--out', 'city-keys');
    postcheck(
      dir, 'policy-files', '--key', 'city-keys/postcheck-extension-key.pem', '--url', 'https://it.springfield.gov/postcheck/updates.xml', '--out', 'policies',
      '--config', 'settings.json', '--pack-id', 'springfield', '--pack-url', 'https://it.springfield.gov/postcheck/springfield.signed.json',
      '--pack-public-key', 'city-keys/postcheck-signing-key.pub.txt',
    );
    const managed = JSON.parse(readFileSync(path.join(dir, 'policies', 'managed-config.json'), 'utf8')) as Record<string, unknown>;
    expect(managed).toMatchObject({ packId: 'springfield', cityName: 'City of Springfield', packUrl: 'https://it.springfield.gov/postcheck/springfield.signed.json' });

    // Step 7: published (not yet: the server answers 503 until the file is copied there).
    let published: string | null = null;
    const seen: SeenRequest[] = [];
    const { url, stop } = await startPackServer(() => (published ? { body: published } : { status: 503, body: 'not yet' }), seen);
    // The test build may fetch from http://127.0.0.1 (the build employees get takes https:// only).
    const context = await launchWithExtension({ managedPolicy: { ...managed, packUrl: url } });
    try {
      // Before the pack arrives: the template, under Springfield's name.
      let popup = await openPopup(context);
      await expect(popup.getByRole('heading', { level: 1 })).toHaveText('PostCheck · City of Springfield');
      await expect(popup.locator('.pack')).toContainText('Checking with the general template until City of Springfield’s policy arrives');

      published = readFileSync(path.join(dir, 'springfield.signed.json'), 'utf8');
      await popup.getByRole('button', { name: 'Check for updates now' }).click();
      await expect(popup.getByRole('button', { name: 'Check for updates now' })).toBeEnabled({ timeout: 40_000 });
      await expect(popup.locator('.pack-error')).toHaveCount(0);
      await expect(popup.locator('.pack-info')).toContainText('1, dated');
      await expect(popup.locator('.summary')).toContainText('Never use a city e-mail address for personal social media.');
      await expectNoOtherCity(popup.locator('main'));

      // On X: the card names Springfield's clause and opens Springfield's policy at it.
      const site = await openSite(context, 'x', '/home');
      const box = site.locator('[data-surface="home"] [data-testid="tweetTextarea_0"]');
      await box.click();
      await site.keyboard.type(DRAFT);
      const overlay = site.locator('postcheck-overlay');
      const highlight = overlay.locator('.highlight--warn').first();
      await expect(highlight).toBeVisible();
      const spot = await highlight.boundingBox();
      if (!spot) throw new Error('highlight not laid out');
      await site.mouse.move(spot.x + spot.width / 2, spot.y + spot.height / 2);
      const card = overlay.getByRole('group', { name: 'PostCheck policy note' });
      await expect(card.locator('.citation__primary')).toHaveText(new RegExp(`^${TITLE} §3 Personal Use b — Never use a city e-mail address`));
      await expectNoOtherCity(card);
      const [policyPage] = await Promise.all([context.waitForEvent('page'), card.getByRole('button', { name: `Read it: ${TITLE} §3 Personal Use b` }).click()]);
      await policyPage.waitForLoadState();
      await expect(policyPage.getByRole('heading', { name: TITLE, exact: true })).toBeVisible();
      await expect(policyPage.locator('main')).toContainText('Employees may not use a city email address when using social media channels for personal use.');
      await expectNoOtherCity(policyPage.locator('main'));

      // The notes panel, then the pre-post dialog on Post.
      await site.bringToFront();
      await site.mouse.move(0, 0);
      await box.click();
      await site.keyboard.press('Alt+Shift+P');
      const panel = overlay.getByRole('dialog', { name: 'PostCheck notes for this post' });
      await expect(panel).toContainText(`${TITLE} §3 Personal Use b`);
      await expectNoOtherCity(panel);
      await site.keyboard.press('Escape');
      await site.locator('[data-surface="home"] [data-testid="tweetButtonInline"]').click();
      const dialog = site.getByRole('alertdialog', { name: 'Before you post' });
      await expect(dialog).toContainText(`${TITLE} §3 Personal Use b`);
      await expect(dialog).toContainText('Ask the Springfield Communications Office (555-0100) before posting.');
      await expectNoOtherCity(dialog);
      await dialog.getByRole('button', { name: 'Edit post' }).click();

      // Reopened, the popup is still Springfield's alone.
      popup = await openPopup(context);
      await expect(popup.getByRole('heading', { level: 1 })).toHaveText('PostCheck · City of Springfield');
      await expectNoOtherCity(popup.locator('main'));
      // The pack's address was asked for the pack, and told nothing (no draft, no body).
      expect(seen.length).toBeGreaterThanOrEqual(1);
      for (const request of seen) expect(request).toMatchObject({ method: 'GET', body: '' });
    } finally {
      await context.close();
      stop();
    }
  });
});

/**
 * A script in the site's own page against PostCheck. The attacker is code run
 * in the fixture page's main world (page.evaluate), as a site's scripts or an
 * injected one would. In the build employees get, the overlay's shadow root is
 * closed (sealed.spec.ts); this test build leaves it open, so here the attacker
 * is handed the overlay anyway and the defences behind the seal are tested:
 * synthetic clicks press nothing, a closed or removed dialog means "Edit post",
 * a removed overlay comes back, and the site's Post is never left stuck.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encodeJpeg, landscape, peoplePhoto } from '../support/images';
import { activeTabBadge, expect, test } from './support/extension';
import { jpegFile, PHOTO_SURFACES } from './support/photos';
import { SITE_ORIGINS } from './support/sites';
import { openSurface, overlay, posts, SURFACES } from './support/surfaces';

// Two block findings from the validators (door and gate codes): the same whatever the sentence judge reads.
const VIOLATING = 'the annex door code is 5591, and the gate code is 2280';
const X_HOME = SURFACES.find((s) => s.name === 'X home composer')!;

/** Runs in the page's main world: PostCheck's overlay as a page script finds it (the test build's open root). */
const ATTACKER = `window.__overlay = () => document.querySelector('postcheck-overlay')?.shadowRoot ?? null;`;
const attack = (page: Page, script: string) => page.evaluate(`(() => { ${ATTACKER} ${script} })()`);

async function violatingDraft(page: Page, editor: Locator) {
  await editor.click();
  await page.keyboard.type(VIOLATING);
  await expect(overlay(page).locator('.chip')).toHaveText('2 policy notes');
}

/** A violating draft in X's home composer, posted: held by PostCheck's dialog. */
async function heldPost(context: BrowserContext) {
  const { page, editor, submit } = await openSurface(context, X_HOME);
  await violatingDraft(page, editor);
  await submit.click();
  const dialog = page.getByRole('alertdialog', { name: 'Before you post' });
  await expect(dialog).toBeVisible();
  return { page, editor, submit, dialog };
}

test('a page script can press none of PostCheck’s controls: chip, "Read it", "Edit post", "Post anyway", Alt+Shift+P', async ({ context }) => {
  const { page, editor, submit } = await openSurface(context, X_HOME);
  await violatingDraft(page, editor);
  const tabs = context.pages().length;

  await attack(page, `__overlay().querySelector('.chip').click();
    document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'P', code: 'KeyP', altKey: true, shiftKey: true, bubbles: true, composed: true }));`);
  await page.waitForTimeout(300);
  await expect(overlay(page).locator('.panel')).toHaveCount(0);

  // The user opens the notes; the page presses every "Read it" in them, many times.
  await overlay(page).locator('.chip').click();
  const whys = overlay(page).locator('.panel').getByRole('button', { name: /^Read it/ });
  await expect(whys.first()).toBeVisible();
  await attack(page, `for (let i = 0; i < 15; i++) for (const b of __overlay().querySelectorAll('.panel button.link')) b.click();`);
  await page.waitForTimeout(1000);
  expect(context.pages()).toHaveLength(tabs);
  await overlay(page).getByRole('button', { name: 'Close notes' }).click();

  await submit.click();
  const dialog = page.getByRole('alertdialog', { name: 'Before you post' });
  await expect(dialog).toBeVisible();
  await attack(page, `for (const b of __overlay().querySelectorAll('dialog button')) b.click();
    __overlay().querySelector('dialog').dispatchEvent(new Event('cancel'));`);
  await page.waitForTimeout(500);
  await expect(dialog).toBeVisible();
  expect(await posts(page)).toEqual([]);

  // The user's own click still works.
  await dialog.getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => posts(page)).toEqual([{ surface: 'home', text: VIOLATING }]);
});

test('"Read it" pressed by the user opens one policy tab, reused for the next clause', async ({ context }) => {
  const { page, editor } = await openSurface(context, X_HOME);
  await violatingDraft(page, editor);
  await overlay(page).locator('.chip').click();
  const whys = overlay(page).locator('.panel').getByRole('button', { name: /^Read it/ });
  const [policyPage] = await Promise.all([context.waitForEvent('page'), whys.first().click()]);
  await policyPage.waitForLoadState();
  const opened = context.pages().length;
  for (let i = 0; i < 3; i++) {
    await page.bringToFront();
    await page.waitForTimeout(1100); // past the background's one-a-second limit
    await overlay(page).locator('.panel').getByRole('button', { name: /^Read it/ }).last().click();
  }
  await expect.poll(() => context.pages().filter((p) => p.url().includes('/policy.html')).length).toBe(1);
  expect(context.pages()).toHaveLength(opened);
});

test('closing PostCheck’s dialog from the page counts as "Edit post": nothing is posted, and the next Post is checked again', async ({ context }) => {
  const { page, editor, submit, dialog } = await heldPost(context);
  await attack(page, `__overlay().querySelector('dialog').close();`);
  await expect(dialog).toHaveCount(0);
  await expect(editor).toBeFocused();
  expect(await posts(page)).toEqual([]);

  await submit.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Edit post' }).click();
  expect(await posts(page)).toEqual([]);
});

test('a removed overlay is put back; the dialog it took with it counts as "Edit post"', async ({ context }) => {
  const { page, editor, submit } = await openSurface(context, X_HOME);
  await violatingDraft(page, editor);
  await attack(page, `document.querySelector('postcheck-overlay').remove();`);
  await expect(overlay(page).locator('.chip')).toHaveText('2 policy notes');

  await submit.click();
  const dialog = page.getByRole('alertdialog', { name: 'Before you post' });
  await expect(dialog).toBeVisible();
  await attack(page, `document.querySelector('postcheck-overlay').remove();`);
  await expect(dialog).toHaveCount(0);
  await expect(overlay(page).locator('.chip')).toHaveText('2 policy notes');
  expect(await posts(page)).toEqual([]);
  await submit.click();
  await expect(dialog).toBeVisible();
});

test('a page that keeps removing the overlay cannot stop the site’s Post: it goes through and the badge no longer counts notes', async ({ context, serviceWorker }) => {
  const { page, editor, submit } = await openSurface(context, X_HOME);
  await violatingDraft(page, editor);
  await attack(page, `new MutationObserver(() => document.querySelector('postcheck-overlay')?.remove()).observe(document.documentElement, { childList: true });
    document.querySelector('postcheck-overlay').remove();`);
  await expect(overlay(page)).toHaveCount(0);
  await submit.click();
  await expect.poll(() => posts(page)).toEqual([{ surface: 'home', text: VIOLATING }]);
  await expect.poll(() => activeTabBadge(serviceWorker)).toBe('');
});

test('a dialog the page made disappear does not hold the post for long: the next Post goes through and the box says checking was off', async ({ context }) => {
  const { page, submit } = await heldPost(context);
  await attack(page, `__overlay().querySelector('dialog').remove();`); // no close event: the decision just never comes
  await submit.click(); // at once: a second press of a double click, held with the first
  expect(await posts(page)).toEqual([]);
  await page.waitForTimeout(1600);
  await submit.click();
  expect(await posts(page)).toEqual([{ surface: 'home', text: VIOLATING }]);
  await expect(overlay(page).locator('.chip')).toHaveText('Checking is off for this box');
  await overlay(page).locator('.chip').click();
  await expect(overlay(page).locator('.panel')).toContainText('did not finish, so your last post went out unchecked');
});

test('photos pasted, dropped or put in a file input by a page script are not checked: a clean post goes straight out', async ({ context }) => {
  const { page, editor, submit } = await openSurface(context, X_HOME);
  await editor.click();
  await page.keyboard.type('Team picnic!');
  const people = jpegFile('people.jpg', peoplePhoto(6));
  const hills = jpegFile('hills.jpg', encodeJpeg(landscape(800, 600, 5)));
  await editor.evaluate(
    (el, { fileInput, photos }) => {
      const files = photos.map(({ name, data }) => new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name, { type: 'image/jpeg' }));
      const init = { bubbles: true, cancelable: true, composed: true };
      const paste = new DataTransfer();
      paste.items.add(files[0]!);
      el.dispatchEvent(new ClipboardEvent('paste', { ...init, clipboardData: paste }));
      const drop = new DataTransfer();
      drop.items.add(files[1]!);
      el.dispatchEvent(new DragEvent('drop', { ...init, dataTransfer: drop }));
      const input = document.querySelector<HTMLInputElement>(fileInput)!;
      const chosen = new DataTransfer();
      for (const file of files) chosen.items.add(file);
      input.files = chosen.files;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { fileInput: PHOTO_SURFACES[0]!.fileInput, photos: [people, hills].map((p) => ({ name: p.name, data: p.buffer.toString('base64') })) },
  );
  await page.waitForTimeout(500);
  await expect(overlay(page).locator('.chip')).toHaveCount(0);
  await submit.click();
  expect(await posts(page)).toEqual([{ surface: 'home', text: 'Team picnic!', photos: 2 }]);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('the page’s HTML cannot clobber the hand-off to the checker (form#__postcheckCheckerSlot with input[name=engine])', async ({ context }) => {
  const page = await context.newPage();
  const html = readFileSync('tests/fixtures/sites/x/index.html', 'utf8').replace(
    '<body>',
    '<body><form id="__postcheckCheckerSlot" name="postcheck"><input name="engine"><input name="waiting"><input name="provide"></form>',
  );
  expect(html).toContain('__postcheckCheckerSlot');
  await page.route(`${SITE_ORIGINS.x}/home`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${SITE_ORIGINS.x}/home`);
  await expect(page.locator('html')).toHaveAttribute('data-postcheck', 'ready');
  const editor = page.locator(X_HOME.editor);
  await violatingDraft(page, editor);
});

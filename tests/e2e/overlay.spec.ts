/**
 * The overlay as a user meets it: the hover card and its "Read it" link, the chip
 * and notes panel from the keyboard, the polite announcement, highlights that
 * follow the text when the page scrolls, strict mode, and several editors on
 * one page.
 */
import { activeTabBadge, expect, test } from './support/extension';
import { openSurface, overlay, posts, SURFACES } from './support/surfaces';

// Drafts whose findings come from validators only (exact: the same whatever the sentence judge reads), for
// tests about the overlay rather than about judgment.
const TWO_CODES = 'the annex door code is 5591, and the gate code is 2280';
const COWORKER_PHONE = "my coworker Tina's cell is 318-555-0143 if you need her";

const byName = (name: string) => {
  const found = SURFACES.find((s) => s.name === name);
  if (!found) throw new Error(`no surface ${name}`);
  return found;
};

test('hovering a highlight opens a card with the message, one clause and "Read it", which opens the policy at that clause', async ({ context }) => {
  const { page, editor } = await openSurface(context, byName('Facebook Create post'));
  await editor.click();
  await page.keyboard.type('what an idiot');
  const highlight = overlay(page).locator('.highlight--warn');
  await expect(highlight).toHaveCount(1);

  const box = await highlight.boundingBox();
  if (!box) throw new Error('highlight not laid out');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const card = overlay(page).getByRole('group', { name: 'PostCheck policy note' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('This insults a person.');
  await expect(card).toContainText('Suggestion: Say what you disagree with, without name-calling.');
  // One clause, by name and in one plain line; its own words one click away.
  await expect(card.locator('.citation__primary')).toHaveText(/^Employee Social Media Policy §4\.5 — Nothing malicious, obscene, threatening, disparaging or bullying\./);
  const words = card.getByText('avoid using statements, photographs, video or audio that reasonably could be viewed as malicious');
  await expect(words).toBeHidden();
  await card.getByText('What the policy says').click();
  await expect(words).toBeVisible();

  const [policyPage] = await Promise.all([
    context.waitForEvent('page'),
    card.getByRole('button', { name: 'Read it: Employee Social Media Policy §4.5' }).click(),
  ]);
  await policyPage.waitForLoadState();
  expect(new URL(policyPage.url()).hash).toBe('#clause-employee-4-5');
  const clause = policyPage.locator('#clause-employee-4-5');
  await expect(clause).toContainText('that disparage employees or other members of the public');
  await expect(clause).toBeInViewport();
});

test('the chip opens the notes from the keyboard (Alt+Shift+P), Escape returns to the editor, and the count is announced politely', async ({ context }) => {
  const { page, editor } = await openSurface(context, byName('X home composer'));
  await editor.click();
  await page.keyboard.type(TWO_CODES);
  const chip = overlay(page).getByRole('button', { name: '2 policy notes' });
  await expect(chip).toHaveAttribute('aria-expanded', 'false');
  await expect(overlay(page).getByRole('status')).toHaveText('PostCheck: 2 policy notes in this post. Alt+Shift+P to review.');

  await page.keyboard.press('Alt+Shift+P');
  const panel = overlay(page).getByRole('dialog', { name: 'PostCheck notes for this post' });
  await expect(panel).toBeVisible();
  await expect(chip).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.locator('li').first()).toBeFocused();
  // The focused note's words are drawn stronger in the draft.
  await expect(overlay(page).locator('.highlight--emphasised').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: /^Read it/ }).first()).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(editor).toBeFocused();
  await expect(editor).toHaveText(TWO_CODES);

  // Opened with the mouse, the notes close when the user clicks elsewhere on the page.
  await chip.click();
  await expect(panel).toBeVisible();
  await page.locator('[data-testid="SearchBox_Search_Input"]').click();
  await expect(panel).toHaveCount(0);
  await expect(page.locator('[data-testid="SearchBox_Search_Input"]')).toBeFocused();
  await editor.click();

  // Deleting the codes changes the count, and only then is it announced again.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('the annex is open again');
  await expect(overlay(page).getByRole('status')).toHaveText('PostCheck: no policy notes in this post.');
  await expect(overlay(page).locator('.chip')).toHaveCount(0);
});

test('highlights stay on their words when the page scrolls', async ({ context }) => {
  const { page, editor } = await openSurface(context, byName('Facebook comment'));
  await page.setViewportSize({ width: 900, height: 300 });
  await editor.click();
  await page.keyboard.type('what an idiot');
  const highlight = overlay(page).locator('.highlight--warn');
  await expect(highlight).toHaveCount(1);

  const wordBox = () =>
    editor.evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf('idiot');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 5);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y };
      }
      return null;
    });
  // Scroll so the word sits near the top, then near the bottom of the window.
  for (const wanted of [40, 220]) {
    await page.evaluate((y) => {
      const top = document.querySelector('[aria-label="Comment as Ana Silva"]')?.getBoundingClientRect().top ?? 0;
      window.scrollBy(0, top - y);
    }, wanted);
    await expect
      .poll(async () => {
        const [word, hl] = [await wordBox(), await highlight.boundingBox()];
        return word && hl ? Math.round(Math.abs(word.y - hl.y) + Math.abs(word.x - hl.x)) : -1;
      })
      .toBeLessThanOrEqual(2);
  }
});

test('strict mode the employee turned on: a block finding cannot be posted anyway, the dialog says who set it and gives the contact line once', async ({ context, serviceWorker }) => {
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { packId: 'alexandria', strictMode: true } }));
  const { page, editor, submit } = await openSurface(context, byName('LinkedIn comment (new UI, TipTap)'));
  await editor.click();
  await page.keyboard.type('Call Dave on his cell, 703-555-0143');
  await expect(overlay(page).locator('.highlight--block')).toHaveCount(1);
  await submit.click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog.locator('.prepost__blocked')).toHaveText('Strict mode, which you turned on in Settings, holds a post with a serious note until it is edited.');
  await expect(dialog.locator('.prepost__contact')).toHaveText('Questions about the policy? Ask your supervisor or the Communications Department (Office of the Mayor) before posting.');
  expect((await dialog.innerText()).split('Ask your supervisor').length - 1).toBe(1);
  await expect(dialog.getByRole('button', { name: 'Post anyway' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Edit post' }).click();
  expect(await posts(page)).toEqual([]);

  // Warnings (not blocks) can still be posted in strict mode.
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(COWORKER_PHONE);
  await expect(overlay(page).locator('.chip')).toHaveText('1 policy note');
  await submit.click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => posts(page)).toEqual([{ surface: 'comment', text: COWORKER_PHONE }]);
});

test('several editors on one page are checked and guarded each on its own', async ({ context, serviceWorker }) => {
  const home = byName('X home composer');
  const reply = byName('X inline reply');
  const { page, editor } = await openSurface(context, home);
  await editor.click();
  await page.keyboard.type(TWO_CODES);
  await expect(overlay(page).locator('.chip')).toHaveText('2 policy notes');

  await page.locator(reply.editor).click();
  await page.keyboard.type('Congrats on the new bike lanes!');
  await expect.poll(() => activeTabBadge(serviceWorker)).toBe('');
  await page.locator(reply.submit).click();
  expect(await posts(page)).toEqual([{ surface: 'inline-reply', text: 'Congrats on the new bike lanes!' }]);
  // The home draft keeps its notes and is still held.
  await expect(overlay(page).locator('.chip')).toHaveText('2 policy notes');
  await page.locator(home.submit).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  expect(await posts(page)).toHaveLength(1);
});

test('navigating away from a compose modal takes its notes and the badge with it', async ({ context, serviceWorker }) => {
  const { page, editor } = await openSurface(context, byName('X post modal'));
  await editor.click();
  await page.keyboard.type(TWO_CODES);
  await expect.poll(() => activeTabBadge(serviceWorker)).toBe('2');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(overlay(page).locator('.chip')).toHaveCount(0);
  await expect.poll(() => activeTabBadge(serviceWorker)).toBe('');
  // Back to the home composer: checked as before.
  await page.locator(byName('X home composer').editor).click();
  await page.keyboard.type('the annex door code is 5591');
  await expect(overlay(page).locator('.chip')).toHaveText('1 policy note');
});

test('the overlay has no serious or critical accessibility violations (axe), with the notes panel and with the dialog open', async ({ context }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const { page, editor, submit } = await openSurface(context, byName('Facebook Create post'));
  await editor.click();
  await page.keyboard.type('my supervisor is a lazy idiot, call him at 703-555-0143');
  await expect(overlay(page).locator('.chip')).toBeVisible();
  const serious = async () => {
    const results = await new AxeBuilder({ page }).include('postcheck-overlay').analyze();
    return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  await page.keyboard.press('Alt+Shift+P');
  await expect(overlay(page).getByRole('dialog')).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.keyboard.press('Escape');
  await submit.click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  expect(await serious()).toEqual([]);
});

/**
 * Every compose surface end to end, on fixture pages built with the sites'
 * editor frameworks: a clean draft posts at once; a violating draft gets
 * highlights, a chip and the badge; posting it opens the pre-post dialog;
 * "Edit post" keeps the text and posts nothing; "Post anyway" posts exactly
 * once; the site's keyboard shortcut is intercepted too; and the editor's DOM
 * holds nothing PostCheck added.
 */
import type { Locator, Page } from '@playwright/test';
import { activeTabBadge, expect, test } from './support/extension';
import { openSurface, overlay, posts, SURFACES } from './support/surfaces';

const CLEAN = 'Lovely morning walk by the river with the dog';
// Two block findings from the validators (a door code and a gate code): exact, so the same whatever the
// sentence judge reads — these tests are about the compose boxes, the overlay and the dialog, not judgment
// (judgment.spec.ts and `npm run eval` are).
const VIOLATING = 'the annex door code is 5591, and the gate code is 2280';

/** The editor's markup must be the site's own: nothing of PostCheck's inside it. */
async function expectUntouched(editor: Locator, text: string) {
  await expect(editor).toHaveText(text);
  const foreign = await editor.evaluate((el) => {
    const ours = [...el.querySelectorAll('*')].filter((n) => /postcheck|highlight/i.test(`${n.tagName} ${n.className} ${[...n.attributes].map((a) => a.name).join(' ')}`));
    return ours.map((n) => n.outerHTML);
  });
  expect(foreign).toEqual([]);
}

async function typeInto(page: Page, editor: Locator, text: string) {
  await editor.click();
  await page.keyboard.type(text);
  await expect(editor).toHaveText(text);
}

for (const surface of SURFACES) {
  test.describe(surface.name, () => {
    test('a clean draft posts at once, with no dialog and no chip', async ({ context, serviceWorker }) => {
      const { page, editor, submit } = await openSurface(context, surface);
      await typeInto(page, editor, CLEAN);
      await page.waitForTimeout(300); // let the live check run: it must find nothing
      await expect(overlay(page).locator('.chip')).toHaveCount(0);
      await submit.click();
      // Read straight after the click: the site's handler ran synchronously, nothing waited on PostCheck.
      expect(await posts(page)).toEqual([{ surface: surface.recordedAs, text: CLEAN }]);
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      expect(await activeTabBadge(serviceWorker)).toBe('');
    });

    test('a violating draft is highlighted, held for the dialog, kept on "Edit post" and posted once on "Post anyway"', async ({ context, serviceWorker }) => {
      const { page, editor, submit } = await openSurface(context, surface);
      await typeInto(page, editor, VIOLATING);

      await expect.poll(() => activeTabBadge(serviceWorker)).toBe('2');
      await expect(overlay(page).locator('.chip')).toHaveText('2 policy notes');
      await expect(overlay(page).locator('.highlight--block').first()).toBeVisible();
      await expectUntouched(editor, VIOLATING);

      await submit.click();
      const dialog = page.getByRole('alertdialog', { name: 'Before you post' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('Employee Social Media Policy §4.8');
      await expect(dialog).toContainText('door code is 5591');
      expect(await posts(page)).toEqual([]);

      await dialog.getByRole('button', { name: 'Edit post' }).click();
      await expect(dialog).toHaveCount(0);
      expect(await posts(page)).toEqual([]);
      await expectUntouched(editor, VIOLATING);
      // Focus is back in the editor, so typing goes on where the user left off.
      expect(await editor.evaluate((el) => el.matches(':focus-within') || (el.getRootNode() as ShadowRoot | Document).activeElement === el)).toBe(true);

      await submit.click();
      await dialog.getByRole('button', { name: 'Post anyway' }).click();
      await expect(dialog).toHaveCount(0);
      await expect.poll(() => posts(page)).toEqual([{ surface: surface.recordedAs, text: VIOLATING }]);
      // The site emptied its editor after posting: the notes and the badge go with the draft.
      await expect.poll(() => activeTabBadge(serviceWorker)).toBe('');
      await expect(overlay(page).locator('.chip')).toHaveCount(0);
      await page.waitForTimeout(300);
      expect(await posts(page)).toHaveLength(1);
    });

    if (surface.shortcut) {
      const shortcut = surface.shortcut;
      test(`the ${shortcut} shortcut is held for the dialog too`, async ({ context }) => {
        const { page, editor } = await openSurface(context, surface);
        await typeInto(page, editor, VIOLATING);
        await expect(overlay(page).locator('.chip')).toHaveText('2 policy notes');
        await page.keyboard.press(shortcut);
        const dialog = page.getByRole('alertdialog');
        await expect(dialog).toBeVisible();
        expect(await posts(page)).toEqual([]);
        await page.keyboard.press('Escape'); // Escape is "Edit post"
        await expect(dialog).toHaveCount(0);
        await expectUntouched(editor, VIOLATING);
        await page.keyboard.press(shortcut);
        await page.getByRole('alertdialog').getByRole('button', { name: 'Post anyway' }).click();
        await expect.poll(() => posts(page)).toEqual([{ surface: surface.recordedAs, text: VIOLATING }]);
      });
    }
  });
}

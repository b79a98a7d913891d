/**
 * The compose surfaces in Firefox ESR, end to end (tests/e2e/compose.spec.ts
 * is the same in Chromium): a clean draft posts at once with no dialog and no
 * chip; a violating draft gets highlights, the chip and the toolbar badge with
 * the editor's DOM and text untouched; Post is held by the dialog, "Edit
 * post" keeps the text and posts nothing, "Post anyway" posts exactly once.
 */
import { describe, expect, it } from 'vitest';
import { useFirefoxSession } from './support/firefox';
import { CHIP, clickDialogButton, closeSiteTabs, count, DIALOG, foreignMarkup, inOverlay, openSurface, posts, siteBadges, textAt, textOf, typeInto } from './support/pages';
import { FIREFOX_SURFACES } from './support/surfaces';

const CLEAN = 'Lovely morning walk by the river with the dog';
// Two block findings from the validators (a door code and a gate code): exact, whatever the sentence judge reads.
const VIOLATING = 'the annex door code is 5591, and the gate code is 2280';

const firefox = useFirefoxSession(closeSiteTabs);

describe.each(FIREFOX_SURFACES)('$name', (surface) => {
  it('a clean draft posts at once, with no dialog and no chip', async () => {
    const { page, editor, submit } = await openSurface(firefox(), surface);
    await typeInto(page, editor, CLEAN);
    await expect.poll(() => textOf(editor)).toBe(CLEAN);
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the live check run: it must find nothing
    expect(await count(page, CHIP)).toBe(0);
    await submit.click();
    // Read straight after the click: the site's handler ran at once, nothing waited on PostCheck.
    expect(await posts(page)).toEqual([{ surface: surface.recordedAs, text: CLEAN }]);
    expect(await count(page, DIALOG)).toBe(0);
    expect(await siteBadges(firefox())).toEqual([]);
    await page.close();
  });

  it('a violating draft is highlighted, held for the dialog, kept on "Edit post" and posted once on "Post anyway"', async () => {
    const { page, editor, submit } = await openSurface(firefox(), surface);
    await typeInto(page, editor, VIOLATING);
    await expect.poll(() => textAt(page, CHIP)).toBe('2 policy notes');
    expect(await count(page, inOverlay('.highlight--block'))).toBeGreaterThan(0);
    await expect.poll(() => siteBadges(firefox())).toEqual(['2']);
    expect(await textOf(editor)).toBe(VIOLATING);
    expect(await foreignMarkup(editor)).toEqual([]);

    await submit.click();
    await expect.poll(() => textAt(page, DIALOG)).toContain('door code is 5591');
    expect(await textAt(page, DIALOG)).toContain('Employee Social Media Policy §4.8');
    expect(await posts(page)).toEqual([]);

    await clickDialogButton(page, 'Edit post');
    await expect.poll(() => count(page, DIALOG)).toBe(0);
    expect(await posts(page)).toEqual([]);
    expect(await textOf(editor)).toBe(VIOLATING);
    expect(await foreignMarkup(editor)).toEqual([]);

    await submit.click();
    await expect.poll(() => count(page, DIALOG)).toBe(1);
    await clickDialogButton(page, 'Post anyway');
    await expect.poll(() => posts(page)).toEqual([{ surface: surface.recordedAs, text: VIOLATING }]);
    // The site emptied its editor after posting: the notes and the badge go with the draft.
    await expect.poll(() => count(page, CHIP)).toBe(0);
    await expect.poll(() => siteBadges(firefox())).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await posts(page)).toHaveLength(1);
    await page.close();
  });
});

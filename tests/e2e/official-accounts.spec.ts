/**
 * Official-account mode on the three sites' fixtures: IT names the City's
 * accounts in managed configuration; composing as one of them (X's active
 * account, Facebook's "posting as" Page, LinkedIn's company-page admin view),
 * Alexandria's Official Social Media Policy applies — the chip says "Posting as
 * the City", no "speaking for the City" note (the job), a political endorsement
 * noted under 5.6.7, the 6.1 note for a post with no link to the City's
 * website, and the dialog says the post is a public record (6.2). Composing as
 * oneself, the same draft is checked as a personal post, as before. The sites'
 * composers are only read: the draft posts as typed.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { canUsePrivatePolicy, launchWithExtension } from './support/launch';
import { openSite } from './support/sites';
import { overlay, posts } from './support/surfaces';

test.skip(!canUsePrivatePolicy(), 'a private policy folder needs root and unshare (CI runs as root)');

const POLICY = {
  officialAccounts: {
    x: ['@CityOfAlexLA'],
    facebook: ['City of Alexandria, Louisiana'],
    linkedin: ['https://www.linkedin.com/company/city-of-alexandria/'],
  },
};

/** A political endorsement, and the City's e-mail address (a personal post using it looks official: 4.11). */
const DRAFT = 'Vote for Jane Smith for mayor on Saturday! Questions: jane.rivera@cityofalexandriala.com';
const POLITICAL = 'The City’s accounts do not endorse or campaign for candidates, or take sides in politics.';
const CITY_LINK = 'Posts on official business go on the City’s website first, and the post links back to it for more information.';
const SCOPE = 'You are posting as the City: post only within your area of subject-matter expertise.';
const CITY_EMAIL = 'A city e-mail address in a personal post makes it look official.';

interface SiteCase {
  site: 'x' | 'facebook' | 'linkedin';
  /** Opens the composer as the person, or as the City's account. */
  open(context: BrowserContext, asCity: boolean): Promise<Page>;
  editor: string;
  submit: string;
  recordedAs: string;
}

const CASES: SiteCase[] = [
  {
    site: 'x',
    open: async (context, asCity) => {
      const page = await openSite(context, 'x', '/home');
      if (asCity) {
        await page.getByTestId('SideNav_AccountSwitcher_Button').click();
        await page.getByRole('menuitem', { name: 'City of Alexandria @CityOfAlexLA' }).click();
        await expect(page.locator('[data-surface="home"] [data-testid="UserAvatar-Container-CityOfAlexLA"]')).toHaveCount(1);
      }
      return page;
    },
    editor: '[data-surface="home"] [data-testid="tweetTextarea_0"]',
    submit: '[data-surface="home"] [data-testid="tweetButtonInline"]',
    recordedAs: 'home',
  },
  {
    site: 'facebook',
    open: async (context, asCity) => {
      const page = await openSite(context, 'facebook', '/');
      if (asCity) {
        await page.getByRole('button', { name: 'Posting as Ana Silva' }).click();
        await page.getByRole('menuitemradio', { name: 'City of Alexandria, Louisiana' }).click();
        await expect(page.getByRole('button', { name: 'Posting as City of Alexandria, Louisiana' })).toBeVisible();
      }
      return page;
    },
    editor: '[role="dialog"] [data-lexical-editor="true"]',
    submit: '[role="dialog"] [role="button"][aria-label="Post"]',
    recordedAs: 'post',
  },
  {
    site: 'linkedin',
    // A company page's admins post from its admin view; their own feed posts as themselves.
    open: (context, asCity) => openSite(context, 'linkedin', asCity ? '/company/city-of-alexandria/admin/page-posts/published/' : '/feed/'),
    editor: '#interop-outlet .ql-editor',
    submit: '#interop-outlet button.share-actions__primary-action',
    recordedAs: 'share',
  },
];

async function typeDraft(page: Page, editor: Locator) {
  await editor.click();
  await page.keyboard.type(DRAFT);
}

for (const c of CASES) {
  test(`${c.site}: composing as the City's account applies the official policy; as oneself, the personal one`, async () => {
    test.setTimeout(120_000);
    const context = await launchWithExtension({ managedPolicy: POLICY });
    try {
      // As the City.
      const page = await c.open(context, true);
      const editor = page.locator(c.editor);
      await typeDraft(page, editor);
      const chip = overlay(page).locator('.chip');
      await expect(chip).toHaveText(/^Posting as the City · \d+ policy notes?$/);
      await chip.click();
      const panel = overlay(page).locator('.panel');
      await expect(panel).toContainText(POLITICAL);
      await expect(panel).toContainText('Official Social Media Policy §5.6.7');
      await expect(panel).toContainText(CITY_LINK);
      await expect(panel).toContainText('Official Social Media Policy §6.1');
      await expect(panel).toContainText(SCOPE);
      // Speaking for the City is the job here: no such note, and nothing cites the employee policy.
      await expect(panel).not.toContainText(CITY_EMAIL);
      await expect(panel).not.toContainText('Speaking for the city');
      await expect(panel).not.toContainText('Employee Social Media Policy');
      await panel.getByRole('button', { name: 'Close notes' }).click();

      await page.locator(c.submit).click();
      const dialog = page.getByRole('alertdialog', { name: 'Before you post' });
      await expect(dialog).toContainText('You are posting as the City: this post is a public record');
      await expect(dialog).toContainText('Official Social Media Policy §6.2');
      await expect(dialog).toContainText('§5.6.7');
      await dialog.getByRole('button', { name: 'Post anyway' }).click();
      await expect(dialog).toHaveCount(0);
      // Read, never changed: the site posts exactly what was typed.
      await expect.poll(() => posts(page)).toEqual([expect.objectContaining({ surface: c.recordedAs, text: DRAFT })]);
      await page.close();

      // As oneself: today's behaviour.
      const own = await c.open(context, false);
      const ownEditor = own.locator(c.editor);
      await typeDraft(own, ownEditor);
      const ownChip = overlay(own).locator('.chip');
      await expect(ownChip).toHaveText(/^\d+ policy notes?$/);
      await ownChip.click();
      const ownPanel = overlay(own).locator('.panel');
      await expect(ownPanel).toContainText(CITY_EMAIL);
      await expect(ownPanel).toContainText('Employee Social Media Policy §4.11');
      await expect(ownPanel).not.toContainText(POLITICAL);
      await expect(ownPanel).not.toContainText(CITY_LINK);
      await ownPanel.getByRole('button', { name: 'Close notes' }).click();
      await own.locator(c.submit).click();
      const ownDialog = own.getByRole('alertdialog', { name: 'Before you post' });
      await expect(ownDialog).toBeVisible();
      await expect(ownDialog).not.toContainText('public record');
      await ownDialog.getByRole('button', { name: 'Edit post' }).click();
    } finally {
      await context.close();
    }
  });
}

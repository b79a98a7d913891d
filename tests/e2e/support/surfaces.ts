/**
 * Every compose surface the fixtures provide, with how to open it, its editor,
 * the site's own submit control, the name the fixture records posts under, and
 * the site's keyboard shortcut for posting (where it has one).
 */
import type { Locator, Page } from '@playwright/test';
import { type FixtureSite, openSite } from './sites';
import type { BrowserContext } from '@playwright/test';

export interface SurfaceCase {
  name: string;
  site: FixtureSite;
  path: string;
  /** Clicks that bring the surface up (a reply link, the Post button of the side bar). */
  open?: (page: Page) => Promise<void>;
  editor: string;
  submit: string;
  /** What the fixture records the post as. */
  recordedAs: string;
  shortcut?: 'ControlOrMeta+Enter' | 'Enter';
}

export const SURFACES: SurfaceCase[] = [
  { name: 'X home composer', site: 'x', path: '/home', editor: '[data-surface="home"] [data-testid="tweetTextarea_0"]', submit: '[data-surface="home"] [data-testid="tweetButtonInline"]', recordedAs: 'home', shortcut: 'ControlOrMeta+Enter' },
  { name: 'X inline reply', site: 'x', path: '/home', editor: '[data-surface="inline-reply"] [data-testid="tweetTextarea_0"]', submit: '[data-surface="inline-reply"] [data-testid="tweetButtonInline"]', recordedAs: 'inline-reply', shortcut: 'ControlOrMeta+Enter' },
  { name: 'X post modal', site: 'x', path: '/home', open: (p) => p.locator('[data-testid="SideNav_NewTweet_Button"]').click(), editor: '[role="dialog"] [data-testid="tweetTextarea_0"]', submit: '[role="dialog"] [data-testid="tweetButton"]', recordedAs: 'modal', shortcut: 'ControlOrMeta+Enter' },
  { name: 'X reply modal', site: 'x', path: '/home', open: (p) => p.locator('[data-testid="reply"]').click(), editor: '[role="dialog"] [data-testid="tweetTextarea_0"]', submit: '[role="dialog"] [data-testid="tweetButton"]', recordedAs: 'modal-reply', shortcut: 'ControlOrMeta+Enter' },
  { name: 'X quote post', site: 'x', path: '/home', open: (p) => p.locator('[data-testid="quote"]').click(), editor: '[role="dialog"] [data-testid="tweetTextarea_0"]', submit: '[role="dialog"] [data-testid="tweetButton"]', recordedAs: 'quote', shortcut: 'ControlOrMeta+Enter' },
  { name: 'Facebook Create post', site: 'facebook', path: '/', editor: '[role="dialog"] [data-lexical-editor="true"]', submit: '[role="dialog"] [role="button"][aria-label="Post"]', recordedAs: 'post' },
  { name: 'Facebook comment', site: 'facebook', path: '/', editor: '[aria-label="Comment as Ana Silva"]', submit: '#focused-state-composer-submit [role="button"]', recordedAs: 'comment', shortcut: 'Enter' },
  { name: 'Facebook reply', site: 'facebook', path: '/', editor: '[aria-label="Reply to Ben Ortiz"]', submit: '[role="button"][aria-label="Reply"]', recordedAs: 'reply', shortcut: 'Enter' },
  // Playwright's CSS engine pierces open shadow roots, as LinkedIn's #interop-outlet needs.
  { name: 'LinkedIn share (Quill, shadow root)', site: 'linkedin', path: '/feed/', editor: '#interop-outlet .ql-editor', submit: '#interop-outlet button.share-actions__primary-action', recordedAs: 'share' },
  { name: 'LinkedIn share (TipTap, shadow root)', site: 'linkedin', path: '/feed/?composer=tiptap', editor: '#interop-outlet .ProseMirror', submit: '#interop-outlet button.share-actions__primary-action', recordedAs: 'share' },
  { name: 'LinkedIn comment (new UI, TipTap)', site: 'linkedin', path: '/feed/', editor: '[data-view-name="comment-box"] .ProseMirror', submit: 'button[data-view-name="comment-post"]', recordedAs: 'comment' },
  { name: 'LinkedIn comment (legacy, Quill)', site: 'linkedin', path: '/feed/update/urn:li:activity:1/', editor: 'form.comments-comment-box__form .ql-editor', submit: 'button.comments-comment-box__submit-button--cr', recordedAs: 'legacy-comment' },
];

export async function openSurface(context: BrowserContext, surface: SurfaceCase, withExtension = true): Promise<{ page: Page; editor: Locator; submit: Locator }> {
  const page = await openSite(context, surface.site, surface.path, withExtension);
  await surface.open?.(page);
  const editor = page.locator(surface.editor);
  await editor.waitFor();
  return { page, editor, submit: page.locator(surface.submit) };
}

/** What the fixture page has posted so far. */
export function posts(page: Page): Promise<{ surface: string; text: string }[]> {
  return page.evaluate(() => window.__posts);
}

/** The extension's overlay (its own shadow root at the end of <html>). */
export function overlay(page: Page): Locator {
  return page.locator('postcheck-overlay');
}

/** Rests the pointer on the first highlight (of this severity, if given) and returns the hover card it opens. */
export async function hoverCard(page: Page, severity?: 'info' | 'warn' | 'block'): Promise<Locator> {
  const highlight = overlay(page).locator(severity ? `.highlight--${severity}` : '.highlight').first();
  await highlight.waitFor({ state: 'visible' });
  const box = await highlight.boundingBox();
  if (!box) throw new Error('highlight not laid out');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const card = overlay(page).getByRole('group', { name: 'PostCheck policy note' });
  await card.waitFor({ state: 'visible' });
  return card;
}

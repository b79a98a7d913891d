/** LinkedIn: the share composer (Quill or TipTap, often in the #interop-outlet shadow root) and comments (TipTap or Quill). */
import { closestDeep } from '../dom/deep-query';
import { composingAsOnLinkedIn } from './linkedin-identity';
import { boxLookups, submitNear } from './nearby';
import { servesSite } from '../../../utils/site-matches';
import type { ComposeSurface, SiteAdapter } from './types';

/**
 * - `.ql-editor[contenteditable]`: Quill — the share composer and legacy comment boxes (2024–2026).
 * - `.ProseMirror[contenteditable]`: TipTap — new-UI comments in [data-view-name="comment-box"],
 *   and the share composer in some 2026 rollouts (docs/on-the-sites.md, Surfaces).
 * Messaging is not checked yet.
 */
const EDITOR = ['.ql-editor[contenteditable="true"]', '.ProseMirror[contenteditable="true"]'].join(', ');

/**
 * - `button.share-actions__primary-action`: the share dialog's "Post" (2024–2026).
 * - `button[data-view-name="comment-post"]` / `comment-reply-post`: new-UI comment and reply (2026-02).
 * - `button.comments-comment-box__submit-button--cr`, `form.comments-comment-box__form button[type=submit]`: legacy comments (2024–2026).
 */
const SUBMIT = [
  'button.share-actions__primary-action',
  'button[data-view-name="comment-post"]',
  'button[data-view-name="comment-reply-post"]',
  'button.comments-comment-box__submit-button--cr',
  'form.comments-comment-box__form button[type="submit"]',
].join(', ');

/** The share dialog, a legacy comment form, or a post in the feed (2024–2026); a box never reaches past it. */
const BOUNDARY = '[role="dialog"], form.comments-comment-box__form, [role="listitem"], [data-view-name="feed-full-update"]';

function kindFor(editor: HTMLElement): ComposeSurface['kind'] {
  // The share composer is the only editor inside the share dialog (seen 2024–2026).
  if (closestDeep(editor, '.share-box-v2__modal, .share-creation-state, [role="dialog"]')) return 'post';
  return closestDeep(editor, '[data-view-name="comment-reply-box"], .comments-comment-box--reply') ? 'reply' : 'comment';
}

function surface(editor: HTMLElement): ComposeSurface {
  return { editor, kind: kindFor(editor), submitControl: () => submitNear(editor, SUBMIT, BOUNDARY, EDITOR) };
}

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  label: 'LinkedIn',
  matchesHost: (host) => servesSite('linkedin', host),
  ...boxLookups(EDITOR, SUBMIT, BOUNDARY, surface),
  composingAs: composingAsOnLinkedIn,
  // LinkedIn has no native posting shortcut in the share dialog or comments (docs/on-the-sites.md, Surfaces).
  isSubmitKey: () => false,
};

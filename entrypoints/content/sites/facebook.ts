/** Facebook: the post composer, comments and replies are Lexical editors. */
import { composingAsOnFacebook } from './facebook-identity';
import { boxLookups, isPlainEnter, submitNear } from './nearby';
import { servesSite } from '../../../utils/site-matches';
import type { ComposeSurface, SiteAdapter } from './types';

/**
 * Lexical marks its root with data-lexical-editor="true"; Facebook adds role="textbox"
 * (seen 2023–2026, docs/on-the-sites.md, Surfaces). Build-hashed class names are never used.
 */
const EDITOR = '[contenteditable="true"][data-lexical-editor="true"]';

/**
 * - `div[role=button][aria-label="Post"]`: the Create-post dialog's button, a div, aria-disabled while empty (2023–2026).
 * - `#focused-state-composer-submit [role=button]`: the comment/reply send button, shown once the box has focus (2025–2026).
 * - `[aria-label="Comment"]` / `[aria-label="Reply"]`: the same button where the id wrapper is missing (2025–2026).
 */
const SUBMIT = [
  '[role="button"][aria-label="Post"]',
  '#focused-state-composer-submit [role="button"]',
  '[role="button"][aria-label="Comment"]',
  '[role="button"][aria-label="Reply"]',
].join(', ');

/** A comment box belongs to one post (role=article or its form); the composer to its dialog (2023–2026). */
const BOUNDARY = 'form, [role="article"], [role="dialog"]';

/** Comment boxes are labelled "Comment as {Name}", "Reply to {Name}" or "Write a comment…" (2025–2026, localised). */
function kindFor(editor: HTMLElement): ComposeSurface['kind'] {
  const label = editor.getAttribute('aria-label') ?? '';
  if (/^reply/i.test(label)) return 'reply';
  if (/comment/i.test(label)) return 'comment';
  return editor.closest('[role="dialog"]') ? 'post' : 'comment';
}

function surface(editor: HTMLElement): ComposeSurface {
  return { editor, kind: kindFor(editor), submitControl: () => submitNear(editor, SUBMIT, BOUNDARY, EDITOR) };
}

export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  label: 'Facebook',
  matchesHost: (host) => servesSite('facebook', host),
  ...boxLookups(EDITOR, SUBMIT, BOUNDARY, surface),
  composingAs: composingAsOnFacebook,
  // Comments and replies post on plain Enter; Shift+Enter is a new line. The post dialog has no
  // reliable shortcut (docs/on-the-sites.md, Surfaces), so only its button is watched.
  isSubmitKey: (event, s) => isPlainEnter(event) && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && s.kind !== 'post',
};

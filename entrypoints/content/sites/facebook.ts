/** Facebook: the post composer, comments and replies are Lexical editors. */
import { closestDeep } from '../dom/deep-query';
import type { ComposeSurface, SiteAdapter } from './types';

/**
 * Lexical marks its root with data-lexical-editor="true"; Facebook adds role="textbox"
 * (seen 2023–2026, compose-boxes.md §2.2). Build-hashed class names are never used.
 */
const EDITOR = '[contenteditable="true"][data-lexical-editor="true"]';

function kindFor(editor: HTMLElement): ComposeSurface['kind'] {
  // The post composer sits in the "Create post" dialog; comment boxes sit inside a post.
  if (editor.closest('[role="dialog"]')) return 'post';
  const label = editor.getAttribute('aria-label') ?? '';
  return /^reply/i.test(label) ? 'reply' : 'comment';
}

export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  label: 'Facebook',
  matchesHost: (host) => host === 'www.facebook.com' || host === 'web.facebook.com',
  surfaceFor(el) {
    const editor = closestDeep(el, EDITOR);
    return editor ? { editor, kind: kindFor(editor) } : null;
  },
};

/** X (x.com, twitter.com): every composer is a Draft.js editor. */
import { closestDeep } from '../dom/deep-query';
import type { ComposeSurface, SiteAdapter } from './types';

/**
 * The Draft.js contenteditable carries data-testid="tweetTextarea_0" (…_1, _2 in threads);
 * seen 2020–2026 (compose-boxes.md §1.2). Keyed on the testid, not the localised aria-label.
 */
const EDITOR = '[data-testid^="tweetTextarea"][contenteditable="true"], [data-testid^="tweetTextarea"] textarea';

function kindFor(editor: HTMLElement): ComposeSurface['kind'] {
  // Replies open at /compose/post?in_reply_to=… or inline under a focused post (seen 2026).
  if (location.search.includes('in_reply_to') || editor.closest('[data-testid="inline_reply_offscreen"]')) return 'reply';
  return 'post';
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  label: 'X',
  matchesHost: (host) => host === 'x.com' || host === 'twitter.com' || host.endsWith('.x.com') || host.endsWith('.twitter.com'),
  surfaceFor(el) {
    const editor = closestDeep(el, EDITOR);
    return editor ? { editor, kind: kindFor(editor) } : null;
  },
};

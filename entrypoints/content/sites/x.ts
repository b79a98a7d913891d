/** X (x.com, twitter.com): every composer (home, modal, reply, quote, thread) is a Draft.js editor. */
import { composingAsOnX } from './x-identity';
import { boxLookups, isPlainEnter, submitNear } from './nearby';
import { servesSite } from '../../../utils/site-matches';
import type { ComposeSurface, SiteAdapter } from './types';

/**
 * The Draft.js contenteditable carries data-testid="tweetTextarea_0" (…_1, _2 in a thread);
 * the narrow/mobile layout puts a <textarea> inside that testid. Seen 2020–2026
 * (docs/on-the-sites.md, Surfaces). Keyed on the testid, never on the localised aria-label.
 */
const EDITOR = '[data-testid^="tweetTextarea"][contenteditable="true"], [data-testid^="tweetTextarea"] textarea';

/**
 * tweetButtonInline: Home composer and the inline reply under a post; tweetButton: the
 * modal and /compose/post (reply, quote). A <button> since 2024-05, a div before, so no
 * tag name (docs/on-the-sites.md, Surfaces, seen 2021–2026).
 */
const SUBMIT = '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]';

/** The compose modal renders in #layers as role="dialog" (seen 2023–2026); a box never reaches past it. */
const BOUNDARY = '[role="dialog"]';

function surface(editor: HTMLElement): ComposeSurface {
  const submitControl = () => submitNear(editor, SUBMIT, BOUNDARY, EDITOR);
  // The kind reads the button's label: found when asked, not on each keystroke's lookup of the box (a DOM search per level).
  return {
    editor,
    get kind() {
      return kindFor(editor, submitControl());
    },
    submitControl,
  };
}

function kindFor(editor: HTMLElement, control: HTMLElement | null): ComposeSurface['kind'] {
  // Replies open at /compose/post?in_reply_to=… or inline under a post, where the button says "Reply" (seen 2024–2026).
  if (location.search.includes('in_reply_to') || /^\s*reply\s*$/i.test(control?.textContent ?? '')) return 'reply';
  if (editor.closest('[data-testid="inline_reply_offscreen"]')) return 'reply';
  return 'post';
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  label: 'X',
  matchesHost: (host) => servesSite('x', host),
  ...boxLookups(EDITOR, SUBMIT, BOUNDARY, surface),
  composingAs: composingAsOnX,
  // X posts on Ctrl+Enter (Windows, Linux) and Cmd+Enter (macOS) from any composer (seen 2021–2024).
  isSubmitKey: (event) => isPlainEnter(event) && (event.ctrlKey || event.metaKey),
};

/** LinkedIn: Quill share composer (often in the #interop-outlet shadow root), TipTap or Quill comments. */
import { closestDeep } from '../dom/deep-query';
import type { ComposeSurface, SiteAdapter } from './types';

/**
 * - `.ql-editor[contenteditable]`: Quill, the share composer and legacy comments (2024–2026).
 * - `.tiptap.ProseMirror[contenteditable]`: TipTap, new-UI comments in [data-view-name="comment-box"] (2026).
 * - `.msg-form__contenteditable`: messaging (2025–2026).
 * (compose-boxes.md §3.2)
 */
const EDITOR = [
  '.ql-editor[contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
  '.msg-form__contenteditable[contenteditable="true"]',
].join(', ');

function kindFor(editor: HTMLElement): ComposeSurface['kind'] {
  if (editor.classList.contains('msg-form__contenteditable')) return 'message';
  // The share composer is the only editor inside the share dialog (class seen 2024–2026).
  if (editor.closest('.share-box-v2__modal, .share-creation-state, [role="dialog"]')) return 'post';
  return 'comment';
}

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  label: 'LinkedIn',
  matchesHost: (host) => host === 'www.linkedin.com',
  surfaceFor(el) {
    const editor = closestDeep(el, EDITOR);
    return editor ? { editor, kind: kindFor(editor) } : null;
  },
};

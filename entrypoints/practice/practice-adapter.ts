/** The practice page's compose box, described the way a site adapter describes a site's. */
import type { ComposeSurface, SiteAdapter } from '../content/sites/types';

export const PRACTICE_EDITOR = '[data-practice-editor]';
export const PRACTICE_POST = '[data-practice-post]';

function surface(editor: HTMLElement): ComposeSurface {
  return { editor, kind: 'post', submitControl: () => document.querySelector<HTMLElement>(PRACTICE_POST) };
}

export const practiceAdapter: SiteAdapter = {
  id: 'practice',
  label: 'Practice',
  matchesHost: () => false,
  composeBoxes: () => [...document.querySelectorAll<HTMLElement>(PRACTICE_EDITOR)],
  surfaceFor(el) {
    const editor = el.closest<HTMLElement>(PRACTICE_EDITOR);
    return editor ? surface(editor) : null;
  },
  // One box on the page: every photo attached here goes with it.
  surfaceNear() {
    const editor = document.querySelector<HTMLElement>(PRACTICE_EDITOR);
    return editor ? surface(editor) : null;
  },
  submissionAt(el) {
    const control = el.closest<HTMLElement>(PRACTICE_POST);
    const editor = document.querySelector<HTMLElement>(PRACTICE_EDITOR);
    return control && editor ? { control, surfaces: [surface(editor)] } : null;
  },
  // Like X: Ctrl/Cmd+Enter posts.
  isSubmitKey: (event) => event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing,
};

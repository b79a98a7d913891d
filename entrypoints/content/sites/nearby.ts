/**
 * Finding things "near" each other in a site's DOM without knowing its exact
 * nesting: the submit button of an editor, the editors of a submit button.
 * Walks up through open shadow-root hosts, because LinkedIn renders its
 * composer inside one. Each level is searched in its own tree only (an editor
 * and its button share one on every site), so a lookup costs one
 * querySelectorAll per level rather than a walk of every shadow root below.
 */
import { closestDeep, querySelectorAllDeep } from '../dom/deep-query';
import type { ComposeSurface, SiteAdapter } from './types';

/** How far up to look for the box that holds both an editor and its button. */
const MAX_DEPTH = 14;

function parentDeep(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The nearest ancestor of `from` (within MAX_DEPTH) that contains an element
 * matching `selector`, and those elements. The walk stops at an ancestor that
 * matches `boundary` (a post, a dialog), so a box never borrows the button of
 * the post next to it.
 */
export function nearestContaining(from: Element, selector: string, boundary?: string): { container: Element; matches: HTMLElement[] } | null {
  let current: Element | null = parentDeep(from);
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    const matches = [...current.querySelectorAll<HTMLElement>(selector)].filter((m) => m !== from && !m.contains(from));
    if (matches.length) return { container: current, matches };
    if (boundary && current.matches(boundary)) return null;
    current = parentDeep(current);
  }
  return null;
}

/**
 * The site's submit button for an editor: inside the same dialog, form or
 * post, and never a button that belongs to another editor (one that lies
 * between this editor and the button). Null when the button is not rendered —
 * or when the site has renamed it and only other boxes' buttons match.
 */
export function submitNear(editor: HTMLElement, submitSelector: string, boundary: string | undefined, editorSelector: string): HTMLElement | null {
  const found = nearestContaining(editor, submitSelector, boundary);
  if (!found) return null;
  const others = [...found.container.querySelectorAll<HTMLElement>(editorSelector)].filter((e) => e !== editor);
  const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const owned = found.matches.filter((button) => follows(editor, button) && !others.some((other) => follows(editor, other) && follows(other, button)));
  return owned[0] ?? (others.length ? null : (found.matches[0] ?? null));
}

/** The submit control that `el` is, or is inside. */
export function submitControlAt(el: Element, submitSelector: string): HTMLElement | null {
  return closestDeep(el, submitSelector);
}

/** The editors a submit control posts: those in the nearest box that holds both. */
export function editorsNear(control: Element, editorSelector: string, boundary?: string): HTMLElement[] {
  return nearestContaining(control, editorSelector, boundary)?.matches ?? [];
}

/** Sites mark a disabled Post button with `disabled` or `aria-disabled="true"`. */
export function isDisabledControl(control: HTMLElement): boolean {
  return control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true';
}

/** Enter pressed for real (not an IME committing a word, not auto-repeat). */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.isComposing && event.keyCode !== 229 && !event.repeat;
}

/**
 * How a site's boxes are found, given its selectors: the box an element is in,
 * the box a photo attached at an element goes with, and the boxes a submit
 * control posts (several for an X thread's "Post all"). Every site adapter uses these.
 */
export function boxLookups(
  editorSelector: string,
  submitSelector: string,
  boundary: string,
  surface: (editor: HTMLElement) => ComposeSurface,
): Pick<SiteAdapter, 'composeBoxes' | 'surfaceFor' | 'surfaceNear' | 'submissionAt'> {
  return {
    composeBoxes: () => querySelectorAllDeep(editorSelector),
    surfaceFor(el) {
      const editor = closestDeep(el, editorSelector);
      return editor ? surface(editor) : null;
    },
    surfaceNear(el) {
      const editor = closestDeep(el, editorSelector) ?? editorsNear(el, editorSelector, boundary)[0];
      return editor ? surface(editor) : null;
    },
    submissionAt(el) {
      const control = submitControlAt(el, submitSelector);
      const surfaces = control ? editorsNear(control, editorSelector, boundary).map(surface) : [];
      return control && surfaces.length ? { control, surfaces } : null;
    },
  };
}

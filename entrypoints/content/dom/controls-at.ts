/**
 * Which of the site's controls (a button, link or field) lies under a spot on
 * the screen, so PostCheck's chip is not drawn over it. Hit-tests a grid of
 * points with elementsFromPoint, into open shadow roots (LinkedIn's composer).
 * Reads only.
 */
import type { Box } from './offsets';

const CONTROL = [
  'button',
  'a[href]',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  // A label is pressed like a button: "Add photo" is often a label around a hidden file input.
  'label',
  '[role="button"]',
  '[role="link"]',
  '[role="textbox"]',
  '[role="checkbox"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[contenteditable=""]',
  '[contenteditable="true"]',
].join(',');

/** Points no further apart than this: a site's smallest icon buttons are about 20 px across. */
const STEP = 20;

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function closestControl(el: Element): Element | null {
  for (let at: Element | null = el; at; at = parentAcrossShadow(at)) if (at.matches(CONTROL)) return at;
  return null;
}

function containsAcrossShadow(outer: Element, inner: Element): boolean {
  for (let at: Element | null = inner; at; at = parentAcrossShadow(at)) if (at === outer) return true;
  return false;
}

/** The first element at a point in one tree: elementFromPoint, unless PostCheck's own piece is on top there. */
function firstAt(scope: Document | ShadowRoot, x: number, y: number, skip: (el: Element) => boolean): Element | undefined {
  const usable = (el: Element) => !skip(el) && (scope === document || scope.contains(el));
  const quick = scope.elementFromPoint(x, y);
  if (quick && usable(quick)) return quick;
  return scope.elementsFromPoint(x, y).find(usable);
}

/** The topmost element at a point, looking into open shadow roots, passing over what `skip` says is PostCheck's own. */
function topmostAt(x: number, y: number, skip: (el: Element) => boolean): Element | null {
  let hit: Element | null = null;
  let root: Document | ShadowRoot = document;
  for (let depth = 0; depth < 8; depth++) {
    const next = firstAt(root, x, y, skip);
    if (!next) break;
    hit = next;
    if (!next.shadowRoot) break;
    root = next.shadowRoot;
  }
  return hit;
}

function sample(from: number, length: number): number[] {
  // A spot no taller than a button: one line through its middle meets any button it would cover.
  if (length <= STEP * 1.5) return [from + length / 2];
  const inset = Math.min(3, length / 2);
  const count = Math.max(2, Math.ceil((length - 2 * inset) / STEP) + 1);
  return Array.from({ length: count }, (_, i) => from + inset + ((length - 2 * inset) * i) / (count - 1));
}

/**
 * The box of the first of the site's controls found under `spot`, or null.
 * `own` is the compose box the spot belongs to: it and whatever contains it
 * (its form, a labelled wrapper) never count.
 */
export function controlUnder(spot: Box, own: HTMLElement, skip: (el: Element) => boolean): Box | null {
  for (const y of sample(spot.top, spot.height)) {
    for (const x of sample(spot.left, spot.width)) {
      const hit = topmostAt(x, y, skip);
      const control = hit && closestControl(hit);
      if (!control || containsAcrossShadow(control, own) || containsAcrossShadow(own, control)) continue;
      const r = control.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    }
  }
  return null;
}

/** How long an answer is trusted: scrolling moves the box and its surroundings together, so they need not be hit-tested every frame. */
const REMEMBER_MS = 500;

/**
 * controlUnder for one compose box, remembering its answers by the spot's
 * place relative to the box for a short while: while the page scrolls, the
 * chip's spots and the controls beside them move together.
 */
export function controlProbe(own: HTMLElement, skip: (el: Element) => boolean): (box: Box) => (spot: Box) => Box | null {
  let answers = new Map<string, { at: number; control: Box | null }>();
  let sizeKey = '';
  return (box) => {
    const now = performance.now();
    const key = `${Math.round(box.width)}x${Math.round(box.height)}/${window.innerWidth}x${window.innerHeight}`;
    if (key !== sizeKey) [answers, sizeKey] = [new Map(), key];
    return (spot) => {
      const dx = box.left;
      const dy = box.top;
      const where = `${Math.round(spot.left - dx)},${Math.round(spot.top - dy)},${Math.round(spot.width)},${Math.round(spot.height)}`;
      const known = answers.get(where);
      if (known && now - known.at < REMEMBER_MS) {
        return known.control && { ...known.control, left: known.control.left + dx, top: known.control.top + dy };
      }
      const control = controlUnder(spot, own, skip);
      answers.set(where, { at: now, control: control && { ...control, left: control.left - dx, top: control.top - dy } });
      return control;
    };
  };
}

/** The first element of an event's composed path (the real target, even inside a shadow root). */
export function eventOrigin(event: Event): Element | null {
  const first = event.composedPath()[0];
  if (first instanceof Element) return first;
  if (first instanceof Text) return first.parentElement;
  return null;
}

/** `el.closest(selector)`, continuing out through shadow-root hosts. */
export function closestDeep(el: Element | null, selector: string): HTMLElement | null {
  let current: Element | null = el;
  while (current) {
    const hit = current.closest<HTMLElement>(selector);
    if (hit) return hit;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Every element matching `selector` in the document and in the open shadow roots within it (LinkedIn's
 * composer lives in one). Walks the whole page: for a one-off look, never per keystroke.
 */
export function querySelectorAllDeep(selector: string, root: Document | ShadowRoot = document): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) found.push(...querySelectorAllDeep(selector, shadow));
  }
  return found;
}

/** The focused element, inside open shadow roots too. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

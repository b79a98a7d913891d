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

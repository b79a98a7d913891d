/**
 * Event handlers that act only on what the user did: a click, key or focus the
 * browser made (`isTrusted`), never one a page script dispatched. The overlay
 * sits on the sites' pages, whose scripts could otherwise press "Post anyway"
 * or open the policy page again and again. Keyboard activation and screen
 * readers' clicks are made by the browser, so they count.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

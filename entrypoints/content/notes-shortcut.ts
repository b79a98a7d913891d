/**
 * Alt+Shift+P in a compose box opens its notes and moves focus into them: the
 * chip lives outside the page's tab order, so this is the keyboard's way in.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { eventOrigin } from './dom/deep-query';
import type { OverlayStore } from './overlay/store';
import type { SiteAdapter } from './sites/types';

export function startNotesShortcut(ctx: ContentScriptContext, adapter: SiteAdapter, store: OverlayStore): void {
  ctx.addEventListener(
    window,
    'keydown',
    (event: KeyboardEvent) => {
      // Only the user's own keys: a page script's synthetic one must not move focus into PostCheck's notes.
      if (!(event.altKey && event.shiftKey && event.code === 'KeyP') || !event.isTrusted) return;
      const origin = eventOrigin(event);
      const surface = origin ? adapter.surfaceFor(origin) : null;
      if (!surface || !store.snapshot.views.has(surface.editor)) return;
      event.preventDefault();
      event.stopPropagation();
      store.requestPanel(surface.editor);
    },
    { capture: true },
  );
}

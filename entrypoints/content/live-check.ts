/**
 * Watches the page for edits in compose boxes and checks the draft once typing
 * pauses. Listens on `window` in the capture phase (before the editors' own
 * handlers, and across shadow-root boundaries) and with a MutationObserver on
 * each editor, because Draft.js and Lexical swallow many native `input` events.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { eventOrigin } from './dom/deep-query';
import type { ComposeSurface, SiteAdapter } from './sites/types';

export const CHECK_DELAY_MS = 120;
const TRIGGER_EVENTS = ['input', 'keyup', 'paste', 'drop', 'cut', 'compositionend', 'focusin'] as const;

export interface LiveCheckOptions {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  /** Called with the box after the user pauses typing in it. */
  onDraft(surface: ComposeSurface): void;
}

export function startLiveCheck({ ctx, adapter, onDraft }: LiveCheckOptions): void {
  // Plain timers, cleared together on invalidation: ctx.setTimeout adds an abort listener per call and never
  // removes it, so one per keystroke made every later keystroke slower (O(n²) over a long draft).
  const timers = new Map<HTMLElement, number>();
  ctx.onInvalidated(() => {
    for (const id of timers.values()) clearTimeout(id);
    timers.clear();
  });
  const observed = new WeakSet<HTMLElement>();
  let composing = false;

  const runNow = (editor: HTMLElement) => {
    if (!editor.isConnected) return;
    // Look the box up again: sites re-render editors and their buttons at will.
    const surface = adapter.surfaceFor(editor);
    if (surface) onDraft(surface);
  };

  const schedule = (editor: HTMLElement) => {
    if (composing) return; // wait for the IME to commit the word
    const pending = timers.get(editor);
    if (pending !== undefined) clearTimeout(pending);
    timers.set(
      editor,
      window.setTimeout(() => {
        timers.delete(editor);
        runNow(editor);
      }, CHECK_DELAY_MS),
    );
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const origin = record.target instanceof Element ? record.target : record.target.parentElement;
      const surface = origin ? adapter.surfaceFor(origin) : null;
      if (surface) schedule(surface.editor);
    }
  });
  ctx.onInvalidated(() => observer.disconnect());

  const onEvent = (event: Event) => {
    if (event.type === 'compositionstart') composing = true;
    if (event.type === 'compositionend') composing = false;
    const origin = eventOrigin(event);
    const surface = origin ? adapter.surfaceFor(origin) : null;
    if (!surface) return;
    if (!observed.has(surface.editor)) {
      observer.observe(surface.editor, { characterData: true, childList: true, subtree: true });
      observed.add(surface.editor);
    }
    schedule(surface.editor);
  };

  for (const type of [...TRIGGER_EVENTS, 'compositionstart'] as const) {
    ctx.addEventListener(window, type, onEvent, { capture: true, passive: true });
  }
}

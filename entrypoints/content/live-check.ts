/**
 * Watches the page for edits in compose boxes and checks the draft once typing
 * pauses. Listens on `window` in the capture phase (before the editors' own
 * handlers, and across shadow-root boundaries) and with a MutationObserver on
 * each editor, because Draft.js and Lexical swallow many native `input` events.
 * A draft typed or pasted while PostCheck was starting brought no event it
 * could hear, so the boxes that already hold text (and the focused one) are
 * checked as soon as it starts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { deepActiveElement, eventOrigin } from './dom/deep-query';
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

  // When each box's check is due. A keystroke moves the time on; its timer, once set, stays and waits out the
  // rest when it fires early: clearing and setting a timer for each of a keystroke's events cost more than
  // everything else PostCheck does per keystroke (Chromium profile while typing).
  const due = new Map<HTMLElement, number>();
  const wait = (editor: HTMLElement, ms: number) =>
    timers.set(
      editor,
      window.setTimeout(() => {
        timers.delete(editor);
        const left = (due.get(editor) ?? 0) - performance.now();
        if (left > 1) return void wait(editor, left);
        due.delete(editor);
        runNow(editor);
      }, ms),
    );

  const schedule = (editor: HTMLElement) => {
    if (composing) return; // wait for the IME to commit the word
    due.set(editor, performance.now() + CHECK_DELAY_MS);
    if (!timers.has(editor)) wait(editor, CHECK_DELAY_MS);
  };

  // A keystroke brings several events and mutations from the same element: the box it is in is looked up once.
  // Only a box found is remembered: an element that is no box yet (an editor still being set up) is asked again.
  let last: { origin: Element; editor: HTMLElement } | null = null;
  const editorFor = (origin: Element): HTMLElement | null => {
    if (last?.origin === origin && last.editor.isConnected) return last.editor;
    const editor = adapter.surfaceFor(origin)?.editor ?? null;
    if (editor) last = { origin, editor };
    return editor;
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const origin = record.target instanceof Element ? record.target : record.target.parentElement;
      const editor = origin ? editorFor(origin) : null;
      if (editor) schedule(editor);
    }
  });
  ctx.onInvalidated(() => observer.disconnect());

  const watch = (editor: HTMLElement) => {
    if (!observed.has(editor)) {
      observer.observe(editor, { characterData: true, childList: true, subtree: true });
      observed.add(editor);
    }
    schedule(editor);
  };

  const onEvent = (event: Event) => {
    if (event.type === 'compositionstart') composing = true;
    if (event.type === 'compositionend') composing = false;
    const origin = eventOrigin(event);
    const editor = origin ? editorFor(origin) : null;
    if (editor) watch(editor);
  };

  for (const type of [...TRIGGER_EVENTS, 'compositionstart'] as const) {
    ctx.addEventListener(window, type, onEvent, { capture: true, passive: true });
  }

  // What was written before PostCheck was listening: checked after the usual pause, each box in a task of its own.
  const focused = deepActiveElement();
  const focusedBox = focused ? adapter.surfaceFor(focused)?.editor : undefined;
  const holdsText = (editor: HTMLElement) => (editor instanceof HTMLTextAreaElement ? editor.value : (editor.textContent ?? '')).trim() !== '';
  for (const editor of new Set([...adapter.composeBoxes().filter(holdsText), ...(focusedBox ? [focusedBox] : [])])) watch(editor);
}

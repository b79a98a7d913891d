/**
 * The live check waits for a pause, then checks once; and it keeps nothing per
 * keystroke: WXT's ctx.setTimeout registers an invalidation listener per call
 * and never removes it, which made every keystroke slower than the last.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CHECK_DELAY_MS, startLiveCheck } from '../../../entrypoints/content/live-check';
import type { ComposeSurface, SiteAdapter } from '../../../entrypoints/content/sites/types';

/** Just enough DOM for the live check in Node: an element class, a window that takes listeners, a MutationObserver. */
class FakeElement {
  isConnected = true;
  shadowRoot = null;
  constructor(public textContent = '') {}
}

function fakeContext() {
  const controller = new AbortController();
  const listeners = new Map<string, (event: Event) => void>();
  let invalidationListeners = 0;
  const ctx = {
    signal: controller.signal,
    onInvalidated(cb: () => void) {
      invalidationListeners++;
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    addEventListener(_target: unknown, type: string, cb: (event: Event) => void) {
      listeners.set(type, cb);
    },
    /** As WXT's: each call adds an invalidation listener that stays. */
    setTimeout(handler: () => void, ms: number) {
      const id = setTimeout(handler, ms);
      ctx.onInvalidated(() => clearTimeout(id));
      return id;
    },
  };
  return { ctx: ctx as unknown as ContentScriptContext, listeners, invalidate: () => controller.abort(), invalidationListeners: () => invalidationListeners };
}

describe('live check', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', globalThis);
    vi.stubGlobal('Element', FakeElement);
    vi.stubGlobal('Text', class {});
    vi.stubGlobal('HTMLTextAreaElement', class {});
    vi.stubGlobal('document', { activeElement: null });
    vi.stubGlobal(
      'MutationObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('checks once after the pause, and registers nothing new per keystroke', () => {
    const editor = new FakeElement() as unknown as HTMLElement;
    const adapter = { composeBoxes: () => [], surfaceFor: () => ({ editor }) as unknown as ComposeSurface } as unknown as SiteAdapter;
    const onDraft = vi.fn();
    const { ctx, listeners, invalidate, invalidationListeners } = fakeContext();
    startLiveCheck({ ctx, adapter, onDraft });
    const before = invalidationListeners();
    const timersSet = vi.spyOn(globalThis, 'setTimeout');
    const keystroke = { type: 'input', composedPath: () => [editor] } as unknown as Event;
    for (let i = 0; i < 500; i++) {
      listeners.get('input')!(keystroke);
      vi.advanceTimersByTime(CHECK_DELAY_MS / 4);
    }
    expect(onDraft).not.toHaveBeenCalled(); // still typing
    expect(invalidationListeners() - before).toBe(0);
    // One timer per pause-length of typing, not one per keystroke (setting and clearing timers was PostCheck's largest per-key cost).
    expect(timersSet.mock.calls.length).toBeLessThan(500 / 2);
    vi.advanceTimersByTime(CHECK_DELAY_MS);
    expect(onDraft).toHaveBeenCalledTimes(1);

    // A pending check is dropped when the extension is reloaded or removed.
    listeners.get('input')!(keystroke);
    invalidate();
    vi.advanceTimersByTime(CHECK_DELAY_MS * 2);
    expect(onDraft).toHaveBeenCalledTimes(1);
  });

  it('looks the box up once per element, but asks again about an element that was no box yet', () => {
    const editor = new FakeElement() as unknown as HTMLElement;
    let ready = false; // an editor the site has not finished setting up is no compose box yet
    const surfaceFor = vi.fn(() => (ready ? ({ editor, submitControl: () => null } as unknown as ComposeSurface) : null));
    const onDraft = vi.fn();
    const { ctx, listeners } = fakeContext();
    startLiveCheck({ ctx, adapter: { composeBoxes: () => [], surfaceFor } as unknown as SiteAdapter, onDraft });
    const keystroke = { type: 'input', composedPath: () => [editor] } as unknown as Event;
    listeners.get('input')!(keystroke);
    vi.advanceTimersByTime(CHECK_DELAY_MS * 2);
    expect(onDraft).not.toHaveBeenCalled();

    ready = true;
    for (let i = 0; i < 10; i++) listeners.get('input')!(keystroke);
    vi.advanceTimersByTime(CHECK_DELAY_MS * 2);
    expect(onDraft).toHaveBeenCalledTimes(1);
    // Two lookups for the element while it was not ready and became ready, one more when the check ran; none per later keystroke.
    expect(surfaceFor).toHaveBeenCalledTimes(3);
  });

  it('checks the boxes that already hold a draft when it starts, and the focused one, with no key pressed', () => {
    const typedEarly = new FakeElement('the gate code is 2280') as unknown as HTMLElement;
    const empty = new FakeElement('  ') as unknown as HTMLElement;
    const focusedEmpty = new FakeElement('') as unknown as HTMLElement;
    vi.stubGlobal('document', { activeElement: focusedEmpty });
    const adapter = {
      composeBoxes: () => [typedEarly, empty, focusedEmpty],
      surfaceFor: (el: HTMLElement) => ({ editor: el }) as unknown as ComposeSurface,
    } as unknown as SiteAdapter;
    const onDraft = vi.fn();
    startLiveCheck({ ctx: fakeContext().ctx, adapter, onDraft });
    expect(onDraft).not.toHaveBeenCalled(); // after the usual pause, not inside the script's start
    vi.advanceTimersByTime(CHECK_DELAY_MS);
    expect(onDraft.mock.calls.map(([surface]) => surface.editor)).toEqual([typedEarly, focusedEmpty]);
  });
});

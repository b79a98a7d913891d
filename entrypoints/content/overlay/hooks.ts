/** The overlay's state and measuring: store subscription, per-frame layout, pointer hit-testing, announcements. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { STRINGS } from '../../../components/strings';
import type { Finding } from '../../../rules/finding';
import type { Box } from '../dom/offsets';
import { boxContains, layoutSurface, type SurfaceLayout } from './layout';
import type { OverlayState, OverlayStore } from './store';
import { OVERLAY_TAG } from './tag';

export interface Pointed {
  editor: HTMLElement;
  finding: Finding;
  anchor: Box;
}

const CARD_HIDE_DELAY_MS = 250;
export const findingKey = (f: Finding) => `${f.ruleId}:${f.start}:${f.end}:${f.attachment?.index ?? 0}`;

export function useStore(store: OverlayStore): OverlayState {
  const [state, setState] = useState(store.snapshot);
  useEffect(() => store.subscribe(() => setState(store.snapshot)), [store]);
  return state;
}

/** While keys keep coming, highlights are re-measured once typing slows to this gap, not on every frame. */
export const TYPING_SETTLE_MS = 60;

/**
 * Re-measures every box with findings: once per frame when the page scrolls or
 * resizes, and after a short settle while typing. Re-measuring and redrawing on
 * every keystroke's frame held back the site's own frames (benchmark: key →
 * frame p50 131 ms with it, 14 ms without the extension).
 */
export function useLayouts(state: OverlayState): SurfaceLayout[] {
  const [layouts, setLayouts] = useState<SurfaceLayout[]>([]);
  const frame = useRef(0);
  const settle = useRef(0);
  useEffect(() => {
    // Scroll frames measure the submit controls found before; anything else looks them up again.
    let fresh = true;
    const measure = () => {
      frame.current = 0;
      const lookUp = fresh;
      fresh = false;
      setLayouts([...state.views.values()].filter((v) => v.surface.editor.isConnected).map((v) => layoutSurface(v, lookUp)));
    };
    const schedule = () => {
      if (!frame.current) frame.current = requestAnimationFrame(measure);
    };
    const scheduleFresh = () => {
      fresh = true;
      schedule();
    };
    // The settle timer is moved on, not replaced, per keystroke (setting timers was a large share of PostCheck's per-key time).
    let settleAt = 0;
    const settled = () => {
      const left = settleAt - performance.now();
      if (left > 1) return void (settle.current = window.setTimeout(settled, left));
      settle.current = 0;
      scheduleFresh();
    };
    const afterTyping = () => {
      settleAt = performance.now() + TYPING_SETTLE_MS;
      if (!settle.current) settle.current = window.setTimeout(settled, TYPING_SETTLE_MS);
    };
    measure();
    const resize = new ResizeObserver(scheduleFresh);
    const mutations = new MutationObserver(afterTyping);
    for (const editor of state.views.keys()) {
      resize.observe(editor);
      mutations.observe(editor, { childList: true, subtree: true, characterData: true });
    }
    const options = { capture: true, passive: true };
    window.addEventListener('scroll', schedule, options);
    window.addEventListener('resize', scheduleFresh, options);
    window.addEventListener('keyup', afterTyping, options);
    return () => {
      cancelAnimationFrame(frame.current);
      clearTimeout(settle.current);
      settle.current = 0;
      frame.current = 0;
      resize.disconnect();
      mutations.disconnect();
      window.removeEventListener('scroll', schedule, options);
      window.removeEventListener('resize', scheduleFresh, options);
      window.removeEventListener('keyup', afterTyping, options);
    };
  }, [state.views]);
  return layouts;
}

/** The finding under the pointer, found by hit-testing the highlight boxes (they let the pointer through to the editor). */
export function usePointer(layouts: SurfaceLayout[]): [Pointed | null, (keep: boolean) => void, () => void] {
  const [pointed, setPointed] = useState<Pointed | null>(null);
  const overCard = useRef(false);
  const hideTimer = useRef(0);
  useEffect(() => {
    const onMove = (event: MouseEvent) => {
      // Over PostCheck's own chip, panel or card: leave the card as it is.
      if (event.composedPath().some((n) => n instanceof Element && n.localName === OVERLAY_TAG)) return;
      let hit: Pointed | null = null;
      for (const layout of layouts) {
        for (const { finding, boxes } of layout.findings) {
          const box = boxes.find((b) => boxContains(b, event.clientX, event.clientY));
          if (box) hit = { editor: layout.view.surface.editor, finding, anchor: box };
        }
      }
      window.clearTimeout(hideTimer.current);
      if (hit) setPointed((old) => (old && findingKey(old.finding) === findingKey(hit.finding) && old.editor === hit.editor ? old : hit));
      else if (!overCard.current) hideTimer.current = window.setTimeout(() => !overCard.current && setPointed(null), CARD_HIDE_DELAY_MS);
    };
    window.addEventListener('mousemove', onMove, { capture: true, passive: true });
    return () => window.removeEventListener('mousemove', onMove, { capture: true });
  }, [layouts]);
  // forget(): the card's note was answered and the card goes, pointer or not (it left without a mouseleave).
  const forget = () => {
    overCard.current = false;
    setPointed(null);
  };
  return [pointed, (keep: boolean) => (overCard.current = keep), forget];
}

export function useAnnouncement(state: OverlayState): string {
  const [message, setMessage] = useState('');
  const last = useRef(new WeakMap<HTMLElement, string>());
  useEffect(() => {
    const editor = state.active;
    if (!editor) return;
    const view = state.views.get(editor);
    const count = view?.findings.length ?? 0;
    const current = view?.failure ? 'off' : `${count}${view?.checkedUpTo !== undefined ? ' partly' : view?.partial ? ' partial' : ''}`;
    const previous = last.current.get(editor) ?? '0';
    last.current.set(editor, current);
    if (current === previous) return; // only when the count or state changes, never on every keystroke
    if (current === 'off') setMessage(STRINGS.announceOff);
    else setMessage(`${STRINGS.announceCount(count)}${current.endsWith('partly') ? ` ${STRINGS.announcePartly}` : current.endsWith('partial') ? ` ${STRINGS.announcePartial}` : ''}`);
  }, [state.views, state.active]);
  return message;
}


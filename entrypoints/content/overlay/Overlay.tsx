/**
 * The extension's own UI on the sites, inside its shadow root: highlights over
 * flagged words, a hover card, the status chip and notes panel per compose
 * box, a polite live region, and the pre-post dialog. Layout is re-measured
 * once per animation frame after scrolling, resizing or editing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { FindingCard } from '../../../components/FindingCard';
import { HighlightLayer, type HighlightBox } from '../../../components/HighlightLayer';
import { PrePostDialog } from '../../../components/PrePostDialog';
import { StatusChip } from '../../../components/StatusChip';
import { STRINGS } from '../../../components/strings';
import type { CitedClause, Finding } from '../../../rules/finding';
import { severityRank, sortFindings } from '../../../rules/finding';
import type { Severity } from '../../../rules/schema';
import type { Box } from '../dom/offsets';
import { boxContains, layoutSurface, type SurfaceLayout } from './layout';
import { OVERLAY_TAG } from './tag';
import type { OverlayState, OverlayStore } from './store';

export interface OverlayProps {
  store: OverlayStore;
  policyTitles: Readonly<Record<string, string>>;
  contact: string;
  onWhy(clause: CitedClause): void;
  /** Puts the caret back in the editor at a text offset. */
  focusEditorAt(editor: HTMLElement, offset: number): void;
}

interface Pointed {
  editor: HTMLElement;
  finding: Finding;
  anchor: Box;
}

const CARD_HIDE_DELAY_MS = 250;
const findingKey = (f: Finding) => `${f.ruleId}:${f.start}:${f.end}`;

function useStore(store: OverlayStore): OverlayState {
  const [state, setState] = useState(store.snapshot);
  useEffect(() => store.subscribe(() => setState(store.snapshot)), [store]);
  return state;
}

/** Re-measures every box with findings once per frame while anything that moves text happens. */
function useLayouts(state: OverlayState): SurfaceLayout[] {
  const [layouts, setLayouts] = useState<SurfaceLayout[]>([]);
  const frame = useRef(0);
  useEffect(() => {
    const measure = () => {
      frame.current = 0;
      setLayouts([...state.views.values()].filter((v) => v.surface.editor.isConnected).map(layoutSurface));
    };
    const schedule = () => {
      if (!frame.current) frame.current = requestAnimationFrame(measure);
    };
    measure();
    const resize = new ResizeObserver(schedule);
    const mutations = new MutationObserver(schedule);
    for (const editor of state.views.keys()) {
      resize.observe(editor);
      mutations.observe(editor, { childList: true, subtree: true, characterData: true });
    }
    const options = { capture: true, passive: true };
    window.addEventListener('scroll', schedule, options);
    window.addEventListener('resize', schedule, options);
    window.addEventListener('keyup', schedule, options);
    return () => {
      cancelAnimationFrame(frame.current);
      frame.current = 0;
      resize.disconnect();
      mutations.disconnect();
      window.removeEventListener('scroll', schedule, options);
      window.removeEventListener('resize', schedule, options);
      window.removeEventListener('keyup', schedule, options);
    };
  }, [state.views]);
  return layouts;
}

/** The finding under the pointer, found by hit-testing the highlight boxes (they let the pointer through to the editor). */
function usePointer(layouts: SurfaceLayout[]): [Pointed | null, (keep: boolean) => void] {
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
  return [pointed, (keep: boolean) => (overCard.current = keep)];
}

function worstSeverity(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((worst, f) => (severityRank(f.severity) < severityRank(worst) ? f.severity : worst), 'info');
}

/** Places a floating box next to an anchor: below it when there is room, above otherwise. */
function floatNear(anchor: Box, height: number): Record<string, string> {
  const below = anchor.top + anchor.height + 6;
  const top = below + height < window.innerHeight ? below : Math.max(8, anchor.top - height - 6);
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - 380));
  return { left: `${left}px`, top: `${top}px` };
}

/** The notes panel opens above the chip or below it, wherever there is more room, and never leaves the window. */
function panelPlacement(chipTop: number, chipRight: number): Record<string, string> {
  const above = chipTop - 12;
  const below = window.innerHeight - (chipTop + 28) - 8;
  const room = Math.max(120, Math.min(Math.max(above, below), window.innerHeight * 0.6));
  const side: Record<string, string> = above > below ? { bottom: `${window.innerHeight - chipTop + 4}px` } : { top: `${chipTop + 28}px` };
  return { right: `${chipRight}px`, maxHeight: `${room}px`, ...side };
}

function useAnnouncement(state: OverlayState): string {
  const [message, setMessage] = useState('');
  const last = useRef(new WeakMap<HTMLElement, string>());
  useEffect(() => {
    const editor = state.active;
    if (!editor) return;
    const view = state.views.get(editor);
    const count = view?.findings.length ?? 0;
    const current = view?.failure ? 'off' : `${count}${view?.checkedUpTo !== undefined ? ' partly' : ''}`;
    const previous = last.current.get(editor) ?? '0';
    last.current.set(editor, current);
    if (current === previous) return; // only when the count or state changes, never on every keystroke
    if (current === 'off') setMessage(STRINGS.announceOff);
    else setMessage(`${STRINGS.announceCount(count)}${current.endsWith('partly') ? ` ${STRINGS.announcePartly}` : ''}`);
  }, [state.views, state.active]);
  return message;
}

export function Overlay({ store, policyTitles, contact, onWhy, focusEditorAt }: OverlayProps) {
  const state = useStore(store);
  const layouts = useLayouts(state);
  const [pointed, keepCard] = usePointer(layouts);
  const [panelFor, setPanelFor] = useState<HTMLElement | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const announcement = useAnnouncement(state);

  // Alt+Shift+P from a compose box opens its notes and moves focus into them.
  useEffect(() => {
    if (!state.panelRequest || !state.active) return;
    setPanelFor(state.active);
    requestAnimationFrame(() => (panelRef.current?.querySelector<HTMLElement>('li[tabindex="0"]') ?? panelRef.current?.querySelector('button'))?.focus());
  }, [state.panelRequest]);
  useEffect(() => {
    if (panelFor && !state.views.has(panelFor)) setPanelFor(null);
  }, [state.views, panelFor]);

  // A click anywhere outside PostCheck's own UI closes the notes (without taking focus from where the user clicked).
  useEffect(() => {
    if (!panelFor) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!event.composedPath().some((n) => n instanceof Element && n.localName === OVERLAY_TAG)) {
        setPanelFor(null);
        setFocused(null);
      }
    };
    window.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });
    return () => window.removeEventListener('pointerdown', onPointerDown, { capture: true });
  }, [panelFor]);

  const closePanel = (editor: HTMLElement) => {
    setPanelFor(null);
    setFocused(null);
    const first = state.views.get(editor)?.findings[0];
    focusEditorAt(editor, first?.start ?? 0);
  };

  const boxes: HighlightBox[] = layouts.flatMap((layout) =>
    layout.findings.flatMap(({ finding, boxes: found }) =>
      found.map((b, i) => ({
        key: `${findingKey(finding)}:${i}`,
        severity: finding.severity,
        ...b,
        emphasised: focused === findingKey(finding) || (pointed !== null && findingKey(pointed.finding) === findingKey(finding)),
      })),
    ),
  );
  const dialog = state.dialog;

  return (
    <>
      <HighlightLayer boxes={boxes} />
      {layouts.map((layout) => {
        if (!layout.visible) return null;
        const { editor } = layout.view.surface;
        const off = layout.view.failure !== undefined;
        const findings = sortFindings(layout.findings.map((f) => f.finding));
        const panelId = `postcheck-panel-${layouts.indexOf(layout)}`;
        const open = panelFor === editor;
        const chipTop = layout.visible.top + layout.visible.height - 26;
        const chipRight = window.innerWidth - (layout.visible.left + layout.visible.width) + 4;
        return (
          <div
            key={panelId}
            // Escape from the chip or anywhere in the notes closes them and goes back to the box.
            onKeyDown={(e) => {
              if (e.key === 'Escape' && open) {
                e.stopPropagation();
                closePanel(editor);
              }
            }}
          >
            <StatusChip
              partly={layout.view.checkedUpTo !== undefined}
              count={findings.length}
              severity={worstSeverity(findings)}
              off={off}
              expanded={open}
              panelId={panelId}
              onToggle={() => (open ? closePanel(editor) : setPanelFor(editor))}
              style={{ top: `${Math.max(0, chipTop)}px`, right: `${chipRight}px` }}
            />
            {open && (
              <div
                ref={panelRef}
                id={panelId}
                class="panel"
                role="dialog"
                aria-label={STRINGS.panelTitle}
                style={panelPlacement(chipTop, chipRight)}
              >
                <div class="panel__head">
                  <h2>{STRINGS.panelTitle}</h2>
                  <button type="button" class="link" onClick={() => closePanel(editor)}>
                    {STRINGS.panelClose}
                  </button>
                </div>
                {layout.view.checkedUpTo !== undefined && <p class="panel__note">{STRINGS.partlyChecked(layout.view.checkedUpTo)}</p>}
                {layout.view.unguarded && <p class="panel__note">{STRINGS.unguarded}</p>}
                {off ? (
                  <p>{STRINGS.offExplained(layout.view.failure ?? '')}</p>
                ) : (
                  <ul class="findings">
                    {findings.map((f) => (
                      // biome-ignore lint/a11y/noNoninteractiveTabindex: each note is focusable so keyboard users can read it and see its highlight
                      <li key={findingKey(f)} tabIndex={0} onFocus={() => setFocused(findingKey(f))} onBlur={() => setFocused(null)}>
                        <FindingCard finding={f} policyTitles={policyTitles} excerpt={layout.text.slice(f.start, f.end)} onWhy={onWhy} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </div>
        );
      })}
      {pointed && !panelFor && (
        <div
          class="card"
          role="group"
          aria-label={STRINGS.cardLabel}
          style={floatNear(pointed.anchor, 260)}
          onMouseEnter={() => keepCard(true)}
          onMouseLeave={() => keepCard(false)}
        >
          <FindingCard finding={pointed.finding} policyTitles={policyTitles} onWhy={onWhy} />
        </div>
      )}
      <div class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {dialog && (
        <PrePostDialog
          findings={dialog.findings}
          text={dialog.text}
          policyTitles={policyTitles}
          postingBlocked={dialog.postingBlocked}
          contact={contact}
          onEdit={() => dialog.resolve('edit')}
          onPostAnyway={() => dialog.resolve('post')}
          onWhy={onWhy}
        />
      )}
    </>
  );
}

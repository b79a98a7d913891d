/**
 * One compose box's chip, its visible shortcut hint and its notes panel. The
 * chip measures itself and takes a spot beside the box (placement.ts), never
 * over the words or the site's controls. The panel closes on Escape from
 * anywhere in it, and when focus leaves it (Tab past the last note). A note
 * that goes while it has focus (the draft was checked again: a fix, the
 * sentence judge's answer) hands focus to the panel's first note, or, when no
 * note is left, back to the box: a keyboard user is never left on the page's body.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { StatusChip } from '../../../components/StatusChip';
import { STRINGS } from '../../../components/strings';
import { trusted } from '../../../components/trusted';
import type { CitedClause, Finding } from '../../../rules/finding';
import { controlProbe } from '../dom/controls-at';
import type { Box } from '../dom/offsets';
import type { Size } from './geometry';
import { type SurfaceLayout, viewportNow } from './layout';
import { NotesPanel } from './NotesPanel';
import { panelPlacement, placeChip, worstSeverity } from './placement';
import { OVERLAY_TAG } from './tag';

/** The chip and hint before they are first measured ("2 policy notes" beside "Notes: Alt+Shift+P"). */
const FIRST_GUESS: Size = { width: 240, height: 22 };
/** As in overlay.css: .panel { width: min(370px, 100vw - 16px) }. */
const PANEL_WIDTH = 370;

const isOwnPiece = (el: Element) => el.localName === OVERLAY_TAG;

export interface SurfaceNotesProps {
  layout: SurfaceLayout;
  /** The box's visible part (the layout's, known to be on screen). */
  visible: Box;
  panelId: string;
  /** Most serious first. */
  findings: readonly Finding[];
  open: boolean;
  /** Changes each time the notes are asked for from the keyboard (Alt+Shift+P): the first note takes focus. */
  focusRequest: number;
  policyTitles: Readonly<Record<string, string>>;
  onWhy(clause: CitedClause): void;
  onToggle(): void;
  /** Closes the notes and puts the caret back in the box (Escape, "Close notes"). */
  onClose(): void;
  /** Closes the notes where focus went elsewhere, leaving focus there. */
  onLeave(): void;
  onFocusNote(key: string | null): void;
}

export function SurfaceNotes(props: SurfaceNotesProps) {
  const { layout, visible, panelId, findings, open, focusRequest, onClose, onLeave } = props;
  const { view } = layout;
  const off = view.failure !== undefined;
  const unitRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size>(FIRST_GUESS);
  const probe = useMemo(() => controlProbe(view.surface.editor, isOwnPiece), [view.surface.editor]);
  const viewport = viewportNow();
  const spot = useMemo(
    () => placeChip(size, { box: visible, text: layout.textBox, submit: layout.submit, viewport }, probe(visible)),
    [layout, visible, size, probe, viewport.width, viewport.height],
  );

  // Measured after every render (its label changes with the count); placed again before the frame is painted.
  useLayoutEffect(() => {
    const unit = unitRef.current;
    if (!unit) return;
    const { width, height } = unit.getBoundingClientRect();
    if (Math.abs(width - size.width) > 0.5 || Math.abs(height - size.height) > 0.5) setSize({ width, height });
  });

  const focusFirstNote = () => (panelRef.current?.querySelector<HTMLElement>('li[tabindex="0"]') ?? panelRef.current?.querySelector('button'))?.focus();
  useEffect(() => {
    if (!open || !focusRequest) return;
    requestAnimationFrame(focusFirstNote);
  }, [focusRequest]);

  // The element in the chip or the notes that last took focus. One that is removed while focused (the note left: the
  // draft was checked again) takes focus to the page's body, with or without a focusout (browsers differ), so both
  // the focusout and the next render look. Tab past the page's last element also ends on the body: that element is
  // still there, and the notes close as for any Tab out.
  const lastFocused = useRef<Element | null>(null);
  /** Whether the notes are open as of the last render (a focusout's timer reads it after the closure's `open`). */
  const openNow = useRef(open);
  openNow.current = open;
  /** Focus is on no element at all (the page's body). */
  const focusLost = (root: Node) => (root instanceof ShadowRoot ? root.activeElement === null : true) && (document.activeElement === null || document.activeElement === document.body);
  const removedWhileFocused = (root: Node) => lastFocused.current !== null && !lastFocused.current.isConnected && focusLost(root);
  useLayoutEffect(() => {
    const unit = panelRef.current?.parentElement;
    if (open && unit && removedWhileFocused(unit.getRootNode())) focusFirstNote();
  }, [findings, open]);

  const onKeyDown = trusted((event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      onClose();
    }
  });

  // Focus moving between the chip and the notes keeps them open; anywhere else closes them. Where it went is read
  // once it has landed: out of the window (another app) focus stays here and the notes stay open.
  const onFocusOut = (event: FocusEvent) => {
    const unit = event.currentTarget;
    if (!open || !(unit instanceof HTMLElement)) return;
    if (event.relatedTarget instanceof Node && unit.contains(event.relatedTarget)) return;
    window.setTimeout(() => {
      const root = unit.getRootNode();
      const active = root instanceof ShadowRoot || root instanceof Document ? root.activeElement : null;
      if (active && unit.contains(active)) return;
      // The focused note was removed: another note or Close takes focus; with the notes gone too, the caret goes
      // back to the box, as Escape would put it.
      // (A click outside closes the notes, and their elements go, but the notes are closed by then: focus stays
      // where the click put it.)
      if (openNow.current && removedWhileFocused(root)) return void (unit.isConnected && panelRef.current ? focusFirstNote() : onClose());
      lastFocused.current = null;
      onLeave();
    }, 0);
  };

  return (
    <div class="surface-notes" onKeyDown={onKeyDown} onFocusIn={(event) => (lastFocused.current = event.target instanceof Element ? event.target : null)} onFocusOut={onFocusOut}>
      <div ref={unitRef} class="status" style={{ left: `${spot.left}px`, top: `${spot.top}px` }}>
        {/* The shortcut in words, once there is a note: a tooltip alone was found by nobody. */}
        {!off && findings.length > 0 && <span class="status__hint">{STRINGS.chipShortcutHint}</span>}
        <StatusChip
          partly={view.checkedUpTo !== undefined || view.partial === true}
          checkingPhotos={view.photos?.checking ?? 0}
          limited={view.limited !== undefined}
          official={view.official === true}
          count={findings.length}
          severity={worstSeverity(findings)}
          off={off}
          expanded={open}
          panelId={panelId}
          onToggle={props.onToggle}
        />
      </div>
      {open && (
        <NotesPanel
          panelRef={panelRef}
          id={panelId}
          layout={layout}
          findings={findings}
          style={panelPlacement(spot, viewport, Math.min(PANEL_WIDTH, viewport.width - 16))}
          policyTitles={props.policyTitles}
          onWhy={props.onWhy}
          onClose={onClose}
          onFocusNote={props.onFocusNote}
        />
      )}
    </div>
  );
}

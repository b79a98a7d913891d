/**
 * The extension's own UI on the sites, inside its shadow root: highlights over
 * flagged words, a hover card, the status chip and notes panel per compose
 * box, a polite live region, and the pre-post dialog. Layout is re-measured
 * once per animation frame after scrolling, resizing or editing; the chip and
 * the card then measure themselves and take a spot clear of the words and the
 * sites' buttons (SurfaceNotes, HoverCard).
 */
import { useEffect, useState } from 'preact/hooks';
import { FindingCard } from '../../../components/FindingCard';
import { HighlightLayer, type HighlightBox } from '../../../components/HighlightLayer';
import { PrePostDialog } from '../../../components/PrePostDialog';
import type { ContactDetails } from '../../../rules/contact-details';
import type { CitedClause } from '../../../rules/finding';
import { sortFindings } from '../../../rules/finding';
import { AnsweringContext, AnswersFor, type NoteAnswering } from './answers';
import { FixesFor, FixNotice } from './fixes';
import { findingKey, useAnnouncement, useLayouts, usePointer, useStore } from './hooks';
import { HoverCard } from './HoverCard';
import { SurfaceNotes } from './SurfaceNotes';
import type { OverlayStore } from './store';
import { OVERLAY_TAG } from './tag';

export interface OverlayProps {
  store: OverlayStore;
  policyTitles: Readonly<Record<string, string>>;
  contact: string;
  /** Who turned strict mode on (named when it holds a post). */
  strictModeSetBy: 'it' | 'you';
  onWhy(clause: CitedClause): void;
  /** Puts the caret back in the editor at a text offset. */
  focusEditorAt(editor: HTMLElement, offset: number): void;
  /** The employee's answers to a note: set it aside, tell IT (answers.tsx). */
  answering: NoteAnswering;
  /** How to reach the pack's contact, for the dialog's "who to ask" line. */
  contactDetails?: ContactDetails | undefined;
}

export function Overlay({ store, policyTitles, contact, strictModeSetBy, onWhy, focusEditorAt, answering, contactDetails }: OverlayProps) {
  const state = useStore(store);
  const layouts = useLayouts(state);
  const [pointer, keepCard, forgetCard] = usePointer(layouts);
  // The card is for a note still on show: one set aside (here or from the popup) takes its card with it.
  const pointed = pointer && layouts.some((l) => l.view.surface.editor === pointer.editor && l.findings.some((f) => findingKey(f.finding) === findingKey(pointer.finding))) ? pointer : null;
  const [panelFor, setPanelFor] = useState<HTMLElement | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const announcement = useAnnouncement(state);
  // What the employee's answers say ("Note set aside…"); a no-break space makes the same message again a change.
  const [notice, setNotice] = useState('');
  const answers = {
    ...answering,
    focusEditorAt,
    closeCard: forgetCard,
    announce: (message: string) => setNotice((old) => (old === message ? `${message}\u00a0` : message)),
  };

  // Alt+Shift+P from a compose box opens its notes and moves focus into them.
  useEffect(() => {
    if (!state.panelRequest || !state.active) return;
    setPanelFor(state.active);
    setFocusRequest((n) => n + 1);
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
  // Focus went elsewhere (Tab past the last note): the notes close and focus stays where it went.
  const leavePanel = (editor: HTMLElement) => {
    setPanelFor((open) => (open === editor ? null : open));
    setFocused(null);
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
  const submits = layouts.flatMap((layout) => (layout.submit ? [layout.submit] : []));

  return (
    <AnsweringContext.Provider value={answers}>
      <HighlightLayer boxes={boxes} />
      {layouts.map((layout, index) => {
        const { visible } = layout;
        if (!visible) return null;
        const { editor } = layout.view.surface;
        const panelId = `postcheck-panel-${index}`;
        const open = panelFor === editor;
        return (
          <SurfaceNotes
            key={panelId}
            layout={layout}
            visible={visible}
            panelId={panelId}
            findings={sortFindings(layout.findings.map((f) => f.finding))}
            open={open}
            focusRequest={open ? focusRequest : 0}
            policyTitles={policyTitles}
            onWhy={onWhy}
            onToggle={() => (open ? closePanel(editor) : setPanelFor(editor))}
            onClose={() => closePanel(editor)}
            onLeave={() => leavePanel(editor)}
            onFocusNote={setFocused}
          />
        );
      })}
      {pointed && !panelFor && (
        <HoverCard key={findingKey(pointed.finding)} anchor={pointed.anchor} obstacles={submits} onHold={keepCard}>
          <FindingCard finding={pointed.finding} policyTitles={policyTitles} onWhy={onWhy} />
          <FixesFor editor={pointed.editor} text={layouts.find((l) => l.view.surface.editor === pointed.editor)?.text ?? ''} finding={pointed.finding} />
          <AnswersFor place="card" editor={pointed.editor} text={layouts.find((l) => l.view.surface.editor === pointed.editor)?.text ?? ''} finding={pointed.finding} />
        </HoverCard>
      )}
      <div class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      <FixNotice />
      {/* A live region of its own, not a second "status": the count's announcement above stays the overlay's one status. */}
      <div class="visually-hidden" aria-live="polite">
        {notice}
      </div>
      {dialog && (
        <PrePostDialog
          findings={dialog.findings}
          text={dialog.text}
          policyTitles={policyTitles}
          postingBlocked={dialog.postingBlocked}
          strictModeSetBy={strictModeSetBy}
          pendingPhotos={dialog.pendingPhotos}
          pendingText={dialog.pendingText ?? false}
          {...(dialog.confirmConsent ? { onConfirmConsent: dialog.confirmConsent } : {})}
          contact={contact}
          contactDetails={contactDetails}
          publicRecord={dialog.publicRecord}
          noteExtras={(f) => <AnswersFor place="dialog" editor={dialog.surface.editor} text={dialog.text} finding={f} />}
          dismissedHere={dialog.dismissedHere ?? 0}
          onEdit={() => dialog.resolve('edit')}
          onPostAnyway={() => dialog.resolve('post')}
          onWhy={onWhy}
        />
      )}
    </AnsweringContext.Provider>
  );
}

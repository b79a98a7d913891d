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
import { trusted } from '../../../components/trusted';
import type { CitedClause } from '../../../rules/finding';
import { sortFindings } from '../../../rules/finding';
import { findingKey, useAnnouncement, useLayouts, usePointer, useStore } from './hooks';
import { floatNear, panelPlacement, worstSeverity } from './placement';
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
}

export function Overlay({ store, policyTitles, contact, strictModeSetBy, onWhy, focusEditorAt }: OverlayProps) {
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
            onKeyDown={trusted((e: KeyboardEvent) => {
              if (e.key === 'Escape' && open) {
                e.stopPropagation();
                closePanel(editor);
              }
            })}
          >
            <StatusChip
              partly={layout.view.checkedUpTo !== undefined || layout.view.partial === true}
              checkingPhotos={layout.view.photos?.checking ?? 0}
              limited={layout.view.limited !== undefined}
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
                  <button type="button" class="link" onClick={trusted(() => closePanel(editor))}>
                    {STRINGS.panelClose}
                  </button>
                </div>
                {layout.view.checkedUpTo !== undefined && <p class="panel__note">{STRINGS.partlyChecked(layout.view.checkedUpTo)}</p>}
                {layout.view.partial && <p class="panel__note">{STRINGS.partialCheck}</p>}
                {layout.view.unguarded && <p class="panel__note">{STRINGS.unguarded}</p>}
                {layout.view.limited !== undefined && <p class="panel__note">{STRINGS.judgmentLimited(layout.view.limited)}</p>}
                {(layout.view.photos?.checking ?? 0) > 0 && <p class="panel__note">{STRINGS.photosChecking(layout.view.photos?.checking ?? 0)}</p>}
                {layout.view.photos?.failed.map((photo) => (
                  <p class="panel__note" key={`failed-${photo.index}`}>
                    {STRINGS.photoFailed(photo.index, photo.problem ?? '')}
                  </p>
                ))}
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
          strictModeSetBy={strictModeSetBy}
          pendingPhotos={dialog.pendingPhotos}
          pendingText={dialog.pendingText ?? false}
          {...(dialog.confirmConsent ? { onConfirmConsent: dialog.confirmConsent } : {})}
          contact={contact}
          onEdit={() => dialog.resolve('edit')}
          onPostAnyway={() => dialog.resolve('post')}
          onWhy={onWhy}
        />
      )}
    </>
  );
}

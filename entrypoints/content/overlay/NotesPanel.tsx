/** The notes panel of one compose box: what PostCheck says about the checking, then every note, most serious first. */
import type { Ref } from 'preact';
import { FindingCard } from '../../../components/FindingCard';
import { STRINGS } from '../../../components/strings';
import { trusted } from '../../../components/trusted';
import type { CitedClause, Finding } from '../../../rules/finding';
import { AnswersFor } from './answers';
import { FixesFor } from './fixes';
import { findingKey } from './hooks';
import type { SurfaceLayout } from './layout';

export interface NotesPanelProps {
  panelRef: Ref<HTMLDivElement>;
  id: string;
  layout: SurfaceLayout;
  findings: readonly Finding[];
  style: Record<string, string>;
  policyTitles: Readonly<Record<string, string>>;
  onWhy(clause: CitedClause): void;
  onClose(): void;
  /** A note took or lost focus: its words are drawn stronger in the draft. */
  onFocusNote(key: string | null): void;
}

export function NotesPanel({ panelRef, id, layout, findings, style, policyTitles, onWhy, onClose, onFocusNote }: NotesPanelProps) {
  const { view } = layout;
  return (
    // tabIndex -1: a click on the panel's text keeps focus in the panel, so it does not count as focus leaving it.
    <div ref={panelRef} id={id} class="panel" role="dialog" aria-label={STRINGS.panelTitle} tabIndex={-1} style={style}>
      <div class="panel__head">
        <h2>{STRINGS.panelTitle}</h2>
        <button type="button" class="link" onClick={trusted(onClose)}>
          {STRINGS.panelClose}
        </button>
      </div>
      {view.checkedUpTo !== undefined && <p class="panel__note">{STRINGS.partlyChecked(view.checkedUpTo)}</p>}
      {view.partial && <p class="panel__note">{STRINGS.partialCheck}</p>}
      {view.unguarded && <p class="panel__note">{STRINGS.unguarded}</p>}
      {view.limited !== undefined && <p class="panel__note">{STRINGS.judgmentLimited(view.limited)}</p>}
      {(view.photos?.checking ?? 0) > 0 && <p class="panel__note">{STRINGS.photosChecking(view.photos?.checking ?? 0)}</p>}
      {view.photos?.failed.map((photo) => (
        <p class="panel__note" key={`failed-${photo.index}`}>
          {STRINGS.photoFailed(photo.index, photo.problem ?? '')}
        </p>
      ))}
      {view.failure !== undefined ? (
        <p>{STRINGS.offExplained(view.failure)}</p>
      ) : (
        <ul class="findings">
          {findings.map((f) => (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: each note is focusable so keyboard users can read it and see its highlight
            <li key={findingKey(f)} tabIndex={0} onFocus={() => onFocusNote(findingKey(f))} onBlur={() => onFocusNote(null)}>
              <FindingCard finding={f} policyTitles={policyTitles} excerpt={layout.text.slice(f.start, f.end)} onWhy={onWhy} />
              <FixesFor editor={view.surface.editor} text={layout.text} finding={f} />
              <AnswersFor place="panel" editor={view.surface.editor} text={layout.text} finding={f} onNoneLeft={onClose} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

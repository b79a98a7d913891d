/**
 * The popup's list of the notes the employee set aside in this tab ("Not a
 * problem here"), each with Undo. The list comes from the tab's own memory and
 * is gone when the tab or the browser closes. Props in, callbacks out.
 */
import { useRef } from 'preact/hooks';
import type { DismissalList } from '../utils/messages';
import { STRINGS } from './strings';

export interface DismissedNotesProps {
  dismissals: DismissalList['dismissals'];
  /** Set once an undo went through: announced. */
  undone: boolean;
  onUndo(id: string): void;
}

export function DismissedNotes({ dismissals, undone, onUndo }: DismissedNotesProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (!dismissals.length && !undone) return null;
  return (
    <section aria-labelledby="dismissed-title" class="dismissed">
      {/* Focus comes here when the Undo pressed leaves the list. */}
      <h2 id="dismissed-title" ref={headingRef} tabIndex={-1}>
        {STRINGS.dismissedTitle}
      </h2>
      {dismissals.length > 0 && <p class="dismissed__intro">{STRINGS.dismissedIntro}</p>}
      <ul class="dismissed__list">
        {dismissals.map((d) => (
          <li key={d.id}>
            <span class="dismissed__category">{STRINGS.category[d.category]}</span> “{d.words}” — {d.message}{' '}
            <button
              type="button"
              class="link"
              aria-label={STRINGS.dismissedUndoLabel(d.words)}
              onClick={() => {
                headingRef.current?.focus();
                onUndo(d.id);
              }}
            >
              {STRINGS.dismissedUndo}
            </button>
          </li>
        ))}
      </ul>
      <p class="dismissed__status" role="status">
        {undone ? STRINGS.dismissedUndone : ''}
      </p>
    </section>
  );
}

/**
 * A note's one-click fix, below it on the hover card and in the notes panel:
 * "Remove the phone number", "Add “Views are my own.” at the end". Props in,
 * callbacks out: the caller makes the edit and says how it went; when the
 * draft changed since the note, or the site's editor refused, it says so here.
 */
import { useState } from 'preact/hooks';
import type { FindingFix } from '../rules/finding-kinds';
import { STRINGS } from './strings';
import { trusted } from './trusted';

export type FixOutcome = 'done' | 'stale' | 'failed';

export interface NoteFixesProps {
  fix: FindingFix;
  onFix(): Promise<FixOutcome>;
}

export function fixLabel(fix: FindingFix): string {
  return fix.action === 'remove' ? STRINGS.fixRemove[fix.what] : STRINGS.fixAppend(fix.text);
}

export function NoteFixes({ fix, onFix }: NoteFixesProps) {
  const [outcome, setOutcome] = useState<FixOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    const result = await onFix();
    setOutcome(result);
    setBusy(false);
  };
  return (
    <div class="fixes">
      <button type="button" class="button fixes__button" title={STRINGS.fixHint} disabled={busy} onClick={trusted(() => void run())}>
        {fixLabel(fix)}
      </button>
      {/* Seen only when nothing was edited; announced by the overlay's own live region (this note may be gone by then). */}
      {outcome === 'stale' && <p class="fixes__outcome">{STRINGS.fixStale}</p>}
      {outcome === 'failed' && <p class="fixes__outcome">{STRINGS.fixFailed}</p>}
    </div>
  );
}

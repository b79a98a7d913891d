/**
 * One-click fixes where the overlay shows a note (hover card, notes panel):
 * the note's fix (rules/finding-kinds.ts) made in the editor through
 * dom/edit-draft.ts, and what happened said aloud in a live region of its own
 * (the note itself leaves once the draft is checked again).
 */
import { useEffect, useState } from 'preact/hooks';
import { type FixOutcome, NoteFixes } from '../../../components/NoteFixes';
import { STRINGS } from '../../../components/strings';
import type { Finding } from '../../../rules/finding';
import { appendText, removeWords } from '../dom/edit-draft';

/** The overlay's one FixNotice listens here; a page has one overlay. */
const listeners = new Set<(message: string) => void>();
const announce = (message: string) => {
  for (const listener of listeners) listener(message);
};

function outcomeMessage(finding: Finding, outcome: FixOutcome): string {
  if (outcome === 'stale') return STRINGS.fixStale;
  if (outcome === 'failed') return STRINGS.fixFailed;
  return finding.fix?.action === 'append' ? STRINGS.fixAppended : STRINGS.fixRemoved;
}

export interface FixesForProps {
  editor: HTMLElement;
  /** The text the finding's offsets point into (the flagged words are read from it). */
  text: string;
  finding: Finding;
}

export function FixesFor({ editor, text, finding }: FixesForProps) {
  const fix = finding.fix;
  if (!fix) return null;
  const onFix = async (): Promise<FixOutcome> => {
    let outcome: FixOutcome;
    try {
      outcome =
        fix.action === 'remove'
          ? await removeWords(editor, finding.start + fix.offset, fix.words)
          : await appendText(editor, fix.text, { at: finding.start, words: text.slice(finding.start, finding.end) });
    } catch {
      // Fail open: the draft is the editor's; a fix that throws leaves it as the editor has it.
      outcome = 'failed';
    }
    announce(outcomeMessage(finding, outcome));
    return outcome;
  };
  return <NoteFixes fix={fix} onFix={onFix} />;
}

/**
 * The live region fixes are announced in; a no-break space makes the same message again a change. A polite
 * aria-live region rather than a second role="status": the overlay's count stays the one status on the page.
 */
export function FixNotice() {
  const [notice, setNotice] = useState('');
  useEffect(() => {
    const listener = (message: string) => setNotice((old) => (old === message ? `${message}\u00a0` : message));
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return (
    <div class="visually-hidden fixes__notice" aria-live="polite">
      {notice}
    </div>
  );
}

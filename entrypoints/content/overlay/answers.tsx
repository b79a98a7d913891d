/**
 * The employee's answers to a note where the overlay shows it (hover card,
 * notes panel, pre-post dialog): what the session offers, passed down by
 * context so the card, panel and dialog each add one element, and where focus
 * goes when a note is set aside (its element is about to leave).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { flaggedSentence } from '../../../components/note-report';
import { NoteAnswers } from '../../../components/NoteAnswers';
import { STRINGS } from '../../../components/strings';
import type { Finding } from '../../../rules/finding';
import { canDismiss } from '../dismissals';

/** What the compose session gives the overlay for answering notes. */
export interface NoteAnswering {
  strictMode: boolean;
  strictModeSetBy: 'it' | 'you';
  packId: string;
  packVersion: number;
  extensionVersion: string;
  /** The pack's contact e-mail, where reports go. */
  contactEmail?: string | undefined;
  /** Sets the note aside for this box's draft (the session checks the box again). */
  dismiss(editor: HTMLElement, finding: Finding, text: string): void;
}

/** The session's answering plus what the overlay adds: announcing, and putting the caret back. */
export interface AnsweringContextValue extends NoteAnswering {
  announce(message: string): void;
  focusEditorAt(editor: HTMLElement, offset: number): void;
  /** The hover card's note was answered: the card goes, even with the pointer still where it was. */
  closeCard(): void;
}

export const AnsweringContext = createContext<AnsweringContextValue | null>(null);

/** On the page's clipboard, from the user's click; false where the site's permissions policy refuses it. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The next note's element in the same list (else the one before), to take focus from the note that leaves. */
function neighbourNote(from: Element): HTMLElement | null {
  const item = from.closest('li');
  const container = item?.closest('.panel, dialog');
  if (!item || !container) return null;
  const items = [...container.querySelectorAll('li')];
  const at = items.indexOf(item);
  return items[at + 1] ?? items[at - 1] ?? null;
}

export interface AnswersForProps {
  place: 'card' | 'panel' | 'dialog';
  editor: HTMLElement;
  /** The text the finding's offsets point into. */
  text: string;
  finding: Finding;
  /** The panel's last note was set aside: close it (the caret goes back to the box). */
  onNoneLeft?: () => void;
}

export function AnswersFor({ place, editor, text, finding, onNoneLeft }: AnswersForProps) {
  const answering = useContext(AnsweringContext);
  if (!answering) return null;
  const dismissal = canDismiss(finding, answering.strictMode)
    ? ({ kind: 'offer' } as const)
    : finding.attachment
      ? ({ kind: 'none' } as const)
      : ({ kind: 'held', setBy: answering.strictModeSetBy } as const);
  const onDismiss = (from: Element | null) => {
    // Focus leaves the note before it goes: to the next note (panel, dialog), or back to the box (card, the panel's last).
    const next = from && place !== 'card' ? neighbourNote(from) : null;
    if (next) (place === 'panel' ? next : (next.querySelector<HTMLElement>('.answers__dismiss') ?? next.querySelector<HTMLElement>('button')))?.focus();
    answering.dismiss(editor, finding, text);
    if (place !== 'dialog') answering.announce(STRINGS.announceDismissed);
    if (place === 'card') {
      answering.closeCard();
      answering.focusEditorAt(editor, finding.end);
    }
    else if (place === 'panel' && !next) onNoneLeft?.();
  };
  const sentence = finding.end > finding.start ? flaggedSentence(text, finding.start, finding.end) : '';
  return (
    <NoteAnswers
      dismissal={dismissal}
      onDismiss={onDismiss}
      report={{ ruleId: finding.ruleId, category: finding.category, packId: answering.packId, packVersion: answering.packVersion, extensionVersion: answering.extensionVersion }}
      {...(answering.contactEmail ? { to: answering.contactEmail } : {})}
      {...(sentence ? { sentence } : {})}
      onCopy={copyText}
    />
  );
}

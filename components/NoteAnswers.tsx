/**
 * The employee's answers to one note, below it on the hover card, in the notes
 * panel and in the pre-post dialog: "Not a problem here" (or, for a serious
 * note under strict mode, why it cannot be set aside) and "Tell IT this note
 * is wrong". Props in, callbacks out.
 */
import type { NoteReportFacts } from './note-report';
import { NoteReport } from './NoteReport';
import { STRINGS } from './strings';
import { trusted } from './trusted';

export interface NoteAnswersProps {
  /** 'offer': the note may be set aside; 'held': a serious note strict mode keeps (set by IT or by the employee); 'none': not offered (a photo's note). */
  dismissal: { kind: 'offer' } | { kind: 'held'; setBy: 'it' | 'you' } | { kind: 'none' };
  /** `from`: the button pressed (its note is about to leave, so the caller can move focus first). */
  onDismiss(from: Element | null): void;
  report: NoteReportFacts;
  to?: string;
  sentence?: string;
  onCopy(text: string): Promise<boolean>;
}

export function NoteAnswers({ dismissal, onDismiss, report, to, sentence, onCopy }: NoteAnswersProps) {
  return (
    <div class="answers">
      {dismissal.kind === 'offer' && (
        <button type="button" class="link answers__dismiss" title={STRINGS.notAProblemHint} onClick={trusted((event: MouseEvent) => onDismiss(event.currentTarget instanceof Element ? event.currentTarget : null))}>
          {STRINGS.notAProblem}
        </button>
      )}
      {dismissal.kind === 'held' && <p class="answers__held">{STRINGS.dismissHeld[dismissal.setBy]}</p>}
      <NoteReport facts={report} {...(to ? { to } : {})} {...(sentence ? { sentence } : {})} onCopy={onCopy} />
    </div>
  );
}

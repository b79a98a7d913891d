/**
 * "Tell IT this note is wrong": a disclosure holding the report exactly as it
 * would be sent, a box to include the flagged sentence (unticked: no words of
 * the draft are in it), an e-mail link and a copy button. The employee sends
 * it, or not; PostCheck sends nothing.
 */
import { useId, useState } from 'preact/hooks';
import { mailtoHref, type NoteReportFacts, reportBody, reportSubject } from './note-report';
import { STRINGS } from './strings';
import { trusted } from './trusted';

export interface NoteReportProps {
  facts: NoteReportFacts;
  /** The pack's contact e-mail, if it names one. */
  to?: string;
  /** The sentence holding the flagged words (offered, never included unless ticked). */
  sentence?: string;
  /** Puts the text on the clipboard; resolves whether it could. */
  onCopy(text: string): Promise<boolean>;
}

export function NoteReport({ facts, to, sentence, onCopy }: NoteReportProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [include, setInclude] = useState(false);
  const [copied, setCopied] = useState<'' | 'yes' | 'no'>('');
  const subject = reportSubject(facts);
  const body = reportBody(facts, include ? sentence : undefined);
  return (
    <div class="report">
      <button type="button" class="link" aria-expanded={open} aria-controls={`${id}-report`} onClick={trusted(() => setOpen(!open))}>
        {STRINGS.tellIt}
      </button>
      {open && (
        <div id={`${id}-report`} class="report__form" role="group" aria-label={STRINGS.tellIt}>
          <p>{STRINGS.reportIntro}</p>
          {sentence && (
            <label class="report__include">
              <input
                type="checkbox"
                checked={include}
                onChange={trusted((event: Event) => {
                  setInclude(event.currentTarget instanceof HTMLInputElement && event.currentTarget.checked);
                  setCopied('');
                })}
              />{' '}
              {STRINGS.reportIncludeSentence}
            </label>
          )}
          <p class="report__to">{to ? STRINGS.reportTo(to) : STRINGS.reportToNobody}</p>
          <p class="report__subject">{STRINGS.reportSubjectLine(subject)}</p>
          {/* Focusable so keyboard users can scroll and select it; it is exactly what is sent. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the report is read and selected from the keyboard */}
          <pre class="report__body" tabIndex={0} aria-label={STRINGS.tellIt}>
            {body}
          </pre>
          <div class="report__actions">
            <a class="button" href={mailtoHref(to, subject, body)}>
              {STRINGS.reportEmail}
            </a>
            <button type="button" class="button" onClick={trusted(() => void onCopy(body).then((ok) => setCopied(ok ? 'yes' : 'no')))}>
              {STRINGS.reportCopy}
            </button>
          </div>
          <p class="report__status" role="status">
            {copied === 'yes' ? STRINGS.reportCopied : copied === 'no' ? STRINGS.reportCopyFailed : ''}
          </p>
        </div>
      )}
    </div>
  );
}

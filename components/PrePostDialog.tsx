/**
 * The pre-post dialog: what in the draft may break the policy, grouped by what
 * it is about (each note with the one clause it rests on), how many notes there are and, while the list
 * scrolls, that more are below; with "Edit post" and (unless strict mode blocks it) "Post
 * anyway". A modal <dialog> with role="alertdialog": focus stays inside, the
 * page behind is inert, Escape means "Edit post".
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ContactDetails } from '../rules/contact-details';
import type { CitedClause, Finding } from '../rules/finding';
import { CategoryGroups } from './CategoryGroups';
import { ContactLinks } from './ContactLinks';
import { PublicRecordLine } from './PublicRecordLine';
import { STRINGS } from './strings';
import { trusted } from './trusted';
import { useMoreBelow } from './use-more-below';

export interface PrePostDialogProps {
  findings: readonly Finding[];
  /** The draft the findings point into, for quoting the flagged words. */
  text: string;
  policyTitles?: Readonly<Record<string, string>>;
  /** Strict mode with a block finding: no "Post anyway". */
  postingBlocked: boolean;
  /** Who turned strict mode on: the dialog names them rather than always blaming IT. */
  strictModeSetBy?: 'it' | 'you';
  /** Attached photos still being checked. */
  pendingPhotos?: number;
  /** The sentence judge is still reading the draft. */
  pendingText?: boolean;
  /** Shown when photos show faces: the user confirms everyone pictured agreed. */
  onConfirmConsent?: () => void;
  /** The pack's "who to ask" line. */
  contact: string;
  /** How to reach that contact (links), where the pack gives them. */
  contactDetails?: ContactDetails | undefined;
  /** Drawn below each note: the employee's answers to it (NoteAnswers). */
  noteExtras?: (finding: Finding) => ComponentChildren;
  /** How many notes the employee set aside in this dialog: when none is left, nothing holds the post. */
  dismissedHere?: number;
  onEdit(): void;
  onPostAnyway(): void;
  onWhy?: (clause: CitedClause) => void;
  /** Posting as the City: the clause that makes the post a public record (the dialog says so). */
  publicRecord?: CitedClause | undefined;
}

export function PrePostDialog(props: PrePostDialogProps) {
  const { findings, text, policyTitles = {}, postingBlocked, strictModeSetBy = 'it', pendingPhotos = 0, pendingText = false, contact, onEdit, onPostAnyway, onConfirmConsent, onWhy } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const postRef = useRef<HTMLButtonElement>(null);
  // Every note set aside: nothing holds the post, and focus goes to the choice that posts it.
  const dismissed = props.dismissedHere ?? 0;
  const allDismissed = dismissed > 0 && findings.length === 0 && pendingPhotos === 0 && !pendingText;
  useEffect(() => {
    if (allDismissed) (postRef.current ?? editRef.current)?.focus();
  }, [allDismissed]);
  const listRef = useRef<HTMLDivElement>(null);
  const more = useMoreBelow(listRef);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The safe choice takes focus (autofocus is ignored when the page already has a focused element).
    editRef.current?.focus();
    return () => dialog?.open && dialog.close();
  }, []);

  return (
    <dialog
      ref={ref}
      class="prepost"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="postcheck-dialog-title"
      aria-describedby="postcheck-dialog-intro"
      onCancel={trusted((e) => {
        e.preventDefault(); // Escape: same as "Edit post"
        onEdit();
      })}
      // Closed any other way (a page script, the browser): also "Edit post", so the post is never left waiting
      // on a dialog that is gone. After its own buttons this is a no-op (the decision is already made).
      onClose={onEdit}
    >
      <h2 id="postcheck-dialog-title">{STRINGS.dialogTitle}</h2>
      <p id="postcheck-dialog-intro">
        {allDismissed ? STRINGS.dialogAllDismissed : findings.length === 0 && pendingPhotos === 0 && pendingText ? STRINGS.dialogIntroReading : STRINGS.dialogIntro(findings.length)}
      </p>
      <p class="prepost__pending" role="status">
        {pendingPhotos > 0 ? STRINGS.dialogPendingPhotos(pendingPhotos) : pendingText ? STRINGS.dialogPendingText : ''}
      </p>
      {/* Each note set aside is announced here: the overlay's own live region is behind the modal dialog. A no-break
          space on every other one makes a second identical message a change a screen reader reads again. */}
      <p class="visually-hidden" role="status">
        {dismissed > 0 ? `${allDismissed ? STRINGS.dialogAllDismissed : STRINGS.announceDismissed}${dismissed % 2 ? '' : '\u00a0'}` : ''}
      </p>
      {findings.length > 0 && (
        <p class="prepost__count" id="postcheck-dialog-count">
          {STRINGS.dialogCount(findings.length)}
        </p>
      )}
      <div
        ref={listRef}
        class={`prepost__groups${more.below ? ' prepost__groups--more' : ''}`}
        {...(findings.length > 0 ? { role: 'region', 'aria-labelledby': 'postcheck-dialog-count' } : {})}
      >
        <CategoryGroups findings={findings} text={text} policyTitles={policyTitles} onWhy={onWhy} {...(props.noteExtras ? { extras: props.noteExtras } : {})} />
      </div>
      {/* Seen, not read out: the count above tells a screen reader how long the list is. Its line stays while the
          list scrolls (hidden at the end), so the list does not change height as the cue comes and goes. */}
      {more.overflows && (
        <p class="prepost__more" aria-hidden="true" style={more.below ? undefined : { visibility: 'hidden' }}>
          {STRINGS.dialogMoreBelow}
        </p>
      )}
      {postingBlocked && <p class="prepost__blocked">{STRINGS.dialogBlocked[strictModeSetBy]}</p>}
      {/* The pack's contact line, said once, as the pack words it. */}
      {contact && (
        <p class="prepost__contact">
          {STRINGS.dialogAsk} {contact} <ContactLinks details={props.contactDetails} />
        </p>
      )}
      {props.publicRecord && <PublicRecordLine clause={props.publicRecord} policyTitles={policyTitles} {...(onWhy ? { onWhy } : {})} />}
      <p class="prepost__privacy">{STRINGS.dialogPrivacy}</p>
      <div class="prepost__actions">
        <button ref={editRef} type="button" class="button button--primary" onClick={trusted(onEdit)}>
          {STRINGS.editPost}
        </button>
        {onConfirmConsent && (
          <button type="button" class="button" title={STRINGS.everyoneAgreedHint} onClick={trusted(onConfirmConsent)}>
            {STRINGS.everyoneAgreed}
          </button>
        )}
        {!postingBlocked && (
          <button ref={postRef} type="button" class="button" onClick={trusted(onPostAnyway)}>
            {STRINGS.postAnyway}
          </button>
        )}
      </div>
    </dialog>
  );
}

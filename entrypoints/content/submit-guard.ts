/**
 * The pre-post check. Capture-phase listeners on `window` run before the
 * sites' own handlers (React roots, Lexical's root listeners). When the draft
 * being posted has warn/block findings — or attached photos still being
 * checked — the site's action is stopped and the dialog opens; "Post anyway"
 * clicks the site's own control once. A clean draft, a disabled button, or any
 * internal error lets the site act at once — and so does a page that takes
 * PostCheck's overlay away, or a Post pressed again while a decision has been
 * pending for longer than a dialog takes to open (the dialog is not in the
 * way, so something stopped it): the post goes out and the box says checking
 * was off, rather than every later Post being cancelled silently.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { STRINGS } from '../../components/strings';
import { type Finding, isInterrupting } from '../../rules/finding';
import type { JudgeInput } from '../../rules/judgment/combine';
import { eventOrigin } from './dom/deep-query';
import { isDisabledControl } from './sites/nearby';
import type { ComposeSurface, SiteAdapter } from './sites/types';
import type { DialogChoice } from './overlay/store';

/** What is being posted: the boxes, and the site's control (null when only the keyboard shortcut is known). */
interface Submission {
  surfaces: ComposeSurface[];
  control: HTMLElement | null;
}

export interface SubmitGuardOptions {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  /** Checks a box now (synchronously) and returns its text, findings (text and photos), photos still being checked and whether the sentence judge is still reading; throws when checking fails. */
  checkNow(surface: ComposeSurface): { text: string; findings: Finding[]; pendingPhotos: number; judging: boolean; judgeInputs?: JudgeInput[] };
  /** Marks a box "checking is off" after an internal error. */
  reportFailure(surface: ComposeSurface, error: unknown): void;
  strictMode(): boolean;
  /** Whether PostCheck's dialog can be shown on this page now (false: the page took the overlay away). */
  overlayAvailable(): boolean;
  /** Closes the dialog without a choice (the decision was given up). */
  dismiss(): void;
  /** Opens the dialog and resolves with the user's choice. */
  ask(request: { surface: ComposeSurface; text: string; findings: Finding[]; pendingPhotos: number; pendingText: boolean; judgeInputs?: JudgeInput[]; postingBlocked: boolean }): Promise<DialogChoice>;
  /** "Edit post": back to the editor, caret at the first finding. */
  returnToEditor(surface: ComposeSurface, findings: Finding[]): void;
  /** The site was let post these boxes (their photos are on their way). */
  posted(surfaces: ComposeSurface[]): void;
}

/**
 * While the dialog is on show the page behind it is inert, so the site's Post cannot be pressed again; a press
 * this long after the dialog was asked for means the dialog is not on show.
 */
export const DECISION_LIMIT_MS = 1500;

const hold = (event: Event) => {
  event.preventDefault();
  event.stopImmediatePropagation();
};

export function startSubmitGuard(options: SubmitGuardOptions): void {
  const { ctx, adapter } = options;
  /** Set while PostCheck re-submits after "Post anyway", so its own click or key passes once. */
  let passing = false;
  /** The decision the dialog is waiting for, since when, and how to give it up. */
  let pending: { since: number; abandon(): void } | null = null;

  /** Decides, synchronously, whether this submission must wait for the dialog. */
  const interceptFor = (
    submission: Submission,
  ): { surface: ComposeSurface; text: string; findings: Finding[]; pendingPhotos: number; pendingText: boolean; judgeInputs?: JudgeInput[] } | null => {
    for (const surface of submission.surfaces) {
      try {
        const { text, findings, pendingPhotos, judging, judgeInputs } = options.checkNow(surface);
        const interrupting = findings.filter(isInterrupting);
        if (interrupting.length || pendingPhotos > 0 || judging) return { surface, text, findings: interrupting, pendingPhotos, pendingText: judging, judgeInputs };
      } catch (error) {
        options.reportFailure(surface, error); // fail open: the site posts, the chip says checking is off
      }
    }
    return null;
  };

  const resubmit = (submission: Submission, surface: ComposeSurface, key: KeyboardEvent | null) => {
    const control = submission.control?.isConnected ? submission.control : surface.submitControl();
    passing = true;
    try {
      if (control) control.click();
      else if (key && surface.editor.isConnected) {
        surface.editor.dispatchEvent(new KeyboardEvent('keydown', { key: key.key, code: key.code, ctrlKey: key.ctrlKey, metaKey: key.metaKey, bubbles: true, cancelable: true, composed: true }));
      }
    } finally {
      passing = false;
    }
  };

  /** Fail open: the site's action goes ahead untouched and its boxes say checking was off. */
  const letThrough = (submission: Submission, reason: string) => {
    for (const surface of submission.surfaces) options.reportFailure(surface, new Error(reason));
    options.posted(submission.surfaces);
  };

  const guard = (event: Event, submission: Submission, key: KeyboardEvent | null) => {
    if (pending) {
      // A second press while the dialog opens (a double click) waits with the first; past the limit the dialog is not there.
      if (performance.now() - pending.since < DECISION_LIMIT_MS) return hold(event);
      pending.abandon();
      return letThrough(submission, STRINGS.decisionStalled);
    }
    const hit = interceptFor(submission);
    if (!hit) return options.posted(submission.surfaces);
    if (!options.overlayAvailable()) return letThrough(submission, STRINGS.overlayGone);
    hold(event);
    const postingBlocked = options.strictMode() && hit.findings.some((f) => f.severity === 'block');
    let abandoned = false;
    const decision = {
      since: performance.now(),
      abandon() {
        abandoned = true;
        pending = null;
        options.dismiss();
      },
    };
    pending = decision;
    options
      .ask({ ...hit, postingBlocked })
      .then((choice) => {
        if (abandoned || ctx.isInvalid) return;
        if (choice === 'post' && !postingBlocked) {
          resubmit(submission, hit.surface, key);
          options.posted(submission.surfaces);
        } else options.returnToEditor(hit.surface, hit.findings);
      })
      .finally(() => {
        if (pending === decision) pending = null;
      });
  };

  const onClick = (event: MouseEvent) => {
    if (passing || ctx.isInvalid) return;
    const origin = eventOrigin(event);
    if (!origin) return;
    const submission = adapter.submissionAt(origin);
    if (submission?.control && !isDisabledControl(submission.control)) guard(event, submission, null);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Only Enter and Space ever post (isSubmitKey's contract): every other keystroke leaves at once, before
    // ctx.isInvalid (which asks the browser) or any lookup in the page.
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (passing || ctx.isInvalid) return;
    const origin = eventOrigin(event);
    if (!origin) return;
    // Enter or Space on a focused Post button: sites built on div[role=button] post from keydown without a click.
    if (event.key === 'Enter' || event.key === ' ') {
      const submission = adapter.submissionAt(origin);
      if (submission?.control && !isDisabledControl(submission.control)) return guard(event, submission, null);
    }
    const surface = adapter.surfaceFor(origin);
    if (surface && adapter.isSubmitKey(event, surface)) {
      guard(event, { surfaces: [surface], control: surface.submitControl() }, event);
    }
  };

  ctx.addEventListener(window, 'click', onClick, { capture: true });
  ctx.addEventListener(window, 'keydown', onKeyDown, { capture: true });
}

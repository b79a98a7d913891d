/**
 * The pre-post check. Capture-phase listeners on `window` run before the
 * sites' own handlers (React roots, Lexical's root listeners). When the draft
 * being posted has warn/block findings — or attached photos still being
 * checked — the site's action is stopped and the dialog opens; "Post anyway"
 * clicks the site's own control once. A clean draft, a disabled button, or any
 * internal error lets the site act at once.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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
  /** Opens the dialog and resolves with the user's choice. */
  ask(request: { surface: ComposeSurface; text: string; findings: Finding[]; pendingPhotos: number; pendingText: boolean; judgeInputs?: JudgeInput[]; postingBlocked: boolean }): Promise<DialogChoice>;
  /** "Edit post": back to the editor, caret at the first finding. */
  returnToEditor(surface: ComposeSurface, findings: Finding[]): void;
  /** The site was let post these boxes (their photos are on their way). */
  posted(surfaces: ComposeSurface[]): void;
}

export function startSubmitGuard(options: SubmitGuardOptions): void {
  const { ctx, adapter } = options;
  /** Set while PostCheck re-submits after "Post anyway", so its own click or key passes once. */
  let passing = false;
  let asking = false;

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

  const guard = (event: Event, submission: Submission, key: KeyboardEvent | null) => {
    const hit = interceptFor(submission);
    if (!hit) return options.posted(submission.surfaces);
    event.preventDefault();
    event.stopImmediatePropagation();
    if (asking) return;
    asking = true;
    const postingBlocked = options.strictMode() && hit.findings.some((f) => f.severity === 'block');
    options
      .ask({ ...hit, postingBlocked })
      .then((choice) => {
        if (ctx.isInvalid) return;
        if (choice === 'post' && !postingBlocked) {
          resubmit(submission, hit.surface, key);
          options.posted(submission.surfaces);
        } else options.returnToEditor(hit.surface, hit.findings);
      })
      .finally(() => {
        asking = false;
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

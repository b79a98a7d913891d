/**
 * Draft → check → view → report, for one page: a box's text is checked, the
 * notes the employee set aside are taken out, its photos' notes are added, the
 * overlay's view of the box is replaced (only when something changed), and the
 * badge and popup are told the findings (never the text).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Finding, isInterrupting } from '../../rules/finding';
import type { PhotoSummary } from './attachments/photo-checks';
import type { DismissalMemory } from './dismissals';
import type { DraftCheck, DraftChecker } from './draft-checker';
import type { OverlayStore } from './overlay/store';
import type { ComposeSurface } from './sites/types';

/** What a box's photos add to its check (photo-checks.ts); none on a page without photo checks. */
export interface PhotoNotes {
  /** The photos' notes for the box; `official`: posting as the City, only the rules that govern its accounts. */
  findings(editor: HTMLElement, official: boolean): Finding[];
  summary(editor: HTMLElement): PhotoSummary;
}

export interface DraftViewsOptions {
  ctx: ContentScriptContext;
  store: OverlayStore;
  /** Null when checking cannot run: `setupProblem` says why. */
  checker: DraftChecker | null;
  setupProblem: string | null;
  dismissals: DismissalMemory<HTMLElement>;
  photos(): PhotoNotes | null;
  strictMode: boolean;
  /** The findings of the box last checked (for the badge and popup); never the text. */
  report(findings: Finding[]): void;
  /** Told about every check, for pages that show the findings elsewhere too (practice page). */
  onChecked?(surface: ComposeSurface, text: string, findings: Finding[]): void;
}

/** A box's check as the submit guard and the dialog use it. */
export type BoxCheck = DraftCheck & { pendingPhotos: number; judging: boolean };

export interface DraftViews {
  /** Checks a box now and draws it; throws when checking itself fails (the caller decides how to fail open). */
  checkNow(surface: ComposeSurface): BoxCheck;
  /** The box says checking is off, and why. */
  markOff(surface: ComposeSurface, reason: string): void;
  /** The badge and popup follow a box that left the page (nothing to report any more). */
  forgetDisconnected(): void;
}

const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((item, i) => item === b[i]);

export function createDraftViews(options: DraftViewsOptions): DraftViews {
  const { ctx, store, checker, dismissals } = options;
  let lastReported: HTMLElement | null = null;
  const report = (editor: HTMLElement | null, findings: Finding[]) => {
    if (ctx.isInvalid) return;
    lastReported = editor;
    options.report(findings);
  };

  /** Whether the box's overlay already shows exactly these findings for this text (and the badge counts them). */
  const isShown = (surface: ComposeSurface, now: { text: string; findings: Finding[]; photoSummary: PhotoSummary; unguarded: boolean; limited?: string }) => {
    const { views, active } = store.snapshot;
    const shown = views.get(surface.editor);
    return (
      shown !== undefined &&
      active === surface.editor &&
      lastReported === surface.editor &&
      !shown.failure &&
      shown.checkedText === now.text &&
      Boolean(shown.unguarded) === now.unguarded &&
      shown.limited === now.limited &&
      same(shown.findings, now.findings) &&
      shown.photos?.checking === now.photoSummary.checking &&
      same(shown.photos.failed, now.photoSummary.failed)
    );
  };

  const checkNow = (surface: ComposeSurface): BoxCheck => {
    if (!checker) throw new Error(options.setupProblem ?? 'checking is not ready');
    const result = checker(surface.editor);
    const photos = options.photos();
    // Notes the employee set aside stay aside while their words are in the draft unchanged.
    dismissals.keepPresent(surface.editor, result.text);
    const findings = dismissals.filter(surface.editor, result.text, [...result.findings, ...(photos?.findings(surface.editor, result.official === true) ?? [])], options.strictMode);
    const photoSummary = photos?.summary(surface.editor) ?? { checking: 0, failed: [] };
    // Only worth the DOM walk when there is something the pre-post check would hold.
    const unguarded = findings.some(isInterrupting) && surface.submitControl() === null;
    // The Post click right after a pause finds what the pause already drew: nothing to redraw or report.
    if (!isShown(surface, { text: result.text, findings, photoSummary, unguarded, limited: result.limited })) {
      store.setView({
        surface,
        checkedText: result.text,
        findings,
        photos: photoSummary,
        ...(result.checkedUpTo === undefined ? {} : { checkedUpTo: result.checkedUpTo }),
        ...(result.partial ? { partial: true } : {}),
        ...(unguarded ? { unguarded } : {}),
        ...(result.limited ? { limited: result.limited } : {}),
        ...(result.official ? { official: true } : {}),
      });
      report(surface.editor, findings);
    }
    options.onChecked?.(surface, result.text, findings);
    return { ...result, findings, pendingPhotos: photoSummary.checking, judging: Boolean(result.judging) };
  };

  return {
    checkNow,
    markOff: (surface, reason) => {
      store.setView({ surface, checkedText: '', findings: [], failure: reason });
      report(surface.editor, []);
    },
    forgetDisconnected: () => {
      if (lastReported && !lastReported.isConnected) report(null, []);
    },
  };
}

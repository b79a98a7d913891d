/**
 * Everything PostCheck does around compose boxes, for one page: check drafts as
 * the user types, draw the overlay, guard the submit, offer the notes from the
 * keyboard, and tidy up when boxes disappear or the extension stops. Used by
 * the content script on the sites and by the practice page, so both behave
 * exactly alike.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type CitedClause, type Finding, isInterrupting } from '../../rules/finding';
import { publicRecordClause } from '../../rules/account-context';
import type { Pack } from '../../rules/schema';
import type { PageConfig } from '../../utils/page-config';
import { eventOrigin } from './dom/deep-query';
import { placeCaret } from './dom/caret';
import type { AnalysisAnswer } from '../../utils/picture-messages';
import type { AnalysisRequest } from '../../utils/picture-analysis/types';
import { startAttachmentCapture } from './attachments/capture';
import { PhotoChecks, type PhotoSummary } from './attachments/photo-checks';
import type { CheckEngine } from './checker-handoff';
import { checkContextFor, createDraftChecker, type DraftChecker, failureReason, warmUp } from './draft-checker';
import type { JudgeInput } from '../../rules/judgment/combine';
import type { JudgeAnswer } from '../../utils/judgment/messages';
import { createJudgmentClient } from './judgment-client';
import { type Dismissal, DismissalMemory } from './dismissals';
import { browser } from '../../utils/browser';
import { startLiveCheck } from './live-check';
import { accountReader } from './official-account';
import { mountOverlay } from './overlay/mount';
import { OverlayStore } from './overlay/store';
import type { ComposeSurface, SiteAdapter } from './sites/types';
import { startSubmitGuard } from './submit-guard';

/** How often a stopped extension (reloaded, updated) is noticed and its overlay removed. */
const HEARTBEAT_MS = 1000;
/** The longest a Post click waits for the sentence judge before the rules (and what it has answered) decide. */
export const JUDGE_WAIT_MS = 1000;

export interface ComposeSessionOptions {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  /** The validated pack, or null with the reason checking cannot run (boxes then say checking is off). */
  pack: Pack | null;
  /** The rules engine (see checker-handoff.ts), or null with the reason in setupProblem. */
  engine: CheckEngine | null;
  setupProblem: string | null;
  settings: Omit<PageConfig, 'pack'>;
  /** The findings of the box last checked (for the badge and popup); never the text. */
  report(findings: Finding[]): void;
  onWhy(clause: CitedClause): void;
  /** Sends an attached photo to the extension's analysis page; resolves with what it found. */
  analyzePhoto(request: AnalysisRequest): Promise<AnalysisAnswer>;
  /** Asks the extension's sentence judge about these units (it runs off this page); absent: the rules decide alone. */
  judgeUnits?(inputs: JudgeInput[]): Promise<JudgeAnswer>;
  /** Told about every check, for pages that show the findings elsewhere too (practice page). */
  onChecked?(surface: ComposeSurface, text: string, findings: Finding[]): void;
}

/** What the page's wiring can ask of a session besides what it draws: the notes set aside, for the popup. */
export interface ComposeSession {
  store: OverlayStore;
  /** Every note set aside on this page ("Not a problem here"), oldest first: memory only. */
  dismissals(): Dismissal[];
  /** Takes one back (the note shows again if its words are still there); false when there is no such dismissal. */
  undoDismissal(id: string): boolean;
}

/** PostCheck's version, for reports to IT (empty where the browser does not say). */
function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}

export function startComposeSession(options: ComposeSessionOptions): ComposeSession {
  const { ctx, adapter, pack, engine, setupProblem, settings } = options;
  // The judge's answers arrive after the rules' check: each one re-checks the boxes on show (the dialog's too).
  const judgment = options.judgeUnits ? createJudgmentClient(options.judgeUnits, () => recheckShown()) : null;
  const checker: DraftChecker | null = pack && engine ? createDraftChecker(engine, pack, settings, undefined, judgment, accountReader(adapter, pack, settings)) : null;
  if (pack && engine) {
    // Plain requestIdleCallback, no timeout: a warm-up step waits for the page to be idle however long that takes.
    // (ctx.requestIdleCallback adds an invalidation listener per call, and ctx.isInvalid asks the browser each
    // time: once per frame while the user types.)
    let stopped = false;
    ctx.onInvalidated(() => (stopped = true));
    warmUp(engine, pack, checkContextFor(settings), (task) => stopped || requestIdleCallback(task));
  }

  const store = new OverlayStore();
  // "Not a problem here": the notes set aside per box, in this page's memory only (dismissals.ts).
  const dismissals = new DismissalMemory<HTMLElement>();
  const overlay = mountOverlay({
    store,
    policyTitles: Object.fromEntries((pack?.policies ?? []).map((p) => [p.id, p.title])),
    contact: pack?.contact ?? '',
    strictModeSetBy: settings.strictModeSetBy ?? 'it',
    onWhy: options.onWhy,
    focusEditorAt: placeCaret,
    contactDetails: pack?.contactDetails,
    answering: {
      strictMode: settings.strictMode,
      strictModeSetBy: settings.strictModeSetBy ?? 'it',
      packId: pack?.id ?? '',
      packVersion: pack?.version ?? 0,
      extensionVersion: extensionVersion(),
      contactEmail: pack?.contactDetails?.email,
      dismiss: (editor, finding, text) => {
        if (dismissals.dismiss(editor, finding, text, settings.strictMode)) recheck(editor, 1);
      },
    },
  });
  ctx.onInvalidated(overlay.unmount);

  let lastReported: HTMLElement | null = null;
  const report = (editor: HTMLElement | null, findings: Finding[]) => {
    if (ctx.isInvalid) return;
    lastReported = editor;
    options.report(findings);
  };

  const markOff = (surface: ComposeSurface, reason: string) => {
    store.setView({ surface, checkedText: '', findings: [], failure: reason });
    report(surface.editor, []);
  };

  /** Whether the box's overlay already shows exactly these findings for this text (and the badge counts them). */
  const isShown = (surface: ComposeSurface, now: { text: string; findings: Finding[]; photoSummary: PhotoSummary; unguarded: boolean; limited?: string }) => {
    const { views, active } = store.snapshot;
    const shown = views.get(surface.editor);
    const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((item, i) => item === b[i]);
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

  // Posting as the City, only photo rules that govern the City's accounts apply (Alexandria's: none; its seal is the City's own).
  const officialPhotoRules = pack && engine ? new Set(engine.packFor(pack, 'official').imageRules.map((rule) => rule.id)) : new Set<string>();
  const photoNotes = (surface: ComposeSurface, official: boolean) =>
    (photos?.findings(surface.editor) ?? []).filter((finding) => !official || officialPhotoRules.has(finding.ruleId));

  /** Checks a box now (its text, plus what its photos' checks found); throws when checking itself fails (the caller decides how to fail open). */
  const checkNow = (surface: ComposeSurface) => {
    if (!checker) throw new Error(setupProblem ?? 'checking is not ready');
    const result = checker(surface.editor);
    // Notes the employee set aside stay aside while their words are in the draft unchanged.
    dismissals.keepPresent(surface.editor, result.text);
    const findings = dismissals.filter(surface.editor, result.text, [...result.findings, ...photoNotes(surface, result.official === true)], settings.strictMode);
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

  /** New answers from the judge: the boxes on show, and the one the dialog is about, are checked again. */
  const recheckShown = () => {
    if (ctx.isInvalid || !checker) return;
    const { views, active, dialog } = store.snapshot;
    const editors = new Set([...views.keys(), ...(active ? [active] : []), ...(dialog ? [dialog.surface.editor] : [])]);
    for (const editor of editors) {
      const surface = editor.isConnected ? adapter.surfaceFor(editor) : null;
      if (!surface) continue;
      try {
        // The dialog's box is checked by refreshDialog (which may post it); the others are simply redrawn.
        if (dialog?.surface.editor === editor) refreshDialog(surface);
        else checkNow(surface);
      } catch (error) {
        markOff(surface, failureReason(error));
      }
    }
  };

  /** The open dialog follows its box's photos: new findings appear; once all are checked and nothing holds the post, it goes out. */
  const refreshDialog = (surface: ComposeSurface) => {
    const dialog = store.snapshot.dialog;
    if (!dialog || dialog.surface.editor !== surface.editor) return;
    const { findings, pendingPhotos, judging } = checkNow(surface);
    const interrupting = findings.filter(isInterrupting);
    // Once the employee has set a note aside here, the dialog waits for their choice rather than posting by itself.
    if (!interrupting.length && pendingPhotos === 0 && !judging && !dialog.dismissedHere) return dialog.resolve('post');
    store.updateDialog({ findings: interrupting, pendingPhotos, pendingText: judging, confirmConsent: consentFor(surface, interrupting) });
  };

  /** A note was set aside (dismissedHere: 1) or taken back (0): the box is checked again, and the dialog about it follows. */
  const recheck = (editor: HTMLElement, dismissedHere: number) => {
    const surface = editor.isConnected && !ctx.isInvalid ? adapter.surfaceFor(editor) : null;
    if (!surface) return;
    try {
      const dialog = store.snapshot.dialog;
      if (dialog?.surface.editor !== editor) return void checkNow(surface);
      const { findings, pendingPhotos, judging } = checkNow(surface);
      const interrupting = findings.filter(isInterrupting);
      store.updateDialog({
        findings: interrupting,
        pendingPhotos,
        pendingText: judging,
        confirmConsent: consentFor(surface, interrupting),
        dismissedHere: (dialog.dismissedHere ?? 0) + dismissedHere,
      });
    } catch (error) {
      markOff(surface, failureReason(error));
    }
  };

  const consentFor = (surface: ComposeSurface, findings: Finding[]) =>
    photos && findings.some((f) => photos.isFaceFinding(f)) ? () => photos.consentToFaces(surface.editor) : undefined;

  const photos = pack && engine
    ? new PhotoChecks({
        pack,
        pictureFindings: engine.pictureFindings,
        context: checkContextFor(settings),
        analyze: options.analyzePhoto,
        changed: (editor) => {
          const surface = editor.isConnected ? adapter.surfaceFor(editor) : null;
          if (!surface || ctx.isInvalid) return;
          try {
            checkNow(surface);
            refreshDialog(surface);
          } catch (error) {
            markOff(surface, failureReason(error));
          }
        },
      })
    : null;
  if (photos) startAttachmentCapture({ ctx, adapter, onPhotos: (surface, files) => photos.add(surface.editor, files) });

  startLiveCheck({
    ctx,
    adapter,
    onDraft: (surface) => {
      try {
        checkNow(surface);
      } catch (error) {
        markOff(surface, failureReason(error));
      }
    },
  });

  startSubmitGuard({
    ctx,
    adapter,
    checkNow,
    reportFailure: (surface, error) => markOff(surface, failureReason(error)),
    strictMode: () => settings.strictMode,
    overlayAvailable: overlay.ensureShown,
    dismiss: () => store.snapshot.dialog?.resolve('edit'),
    ask: (request) => {
      // A paste followed at once by Post: the judge gets at most JUDGE_WAIT_MS, then the rules and what it has answered decide.
      if (request.pendingText) {
        const waited = window.setTimeout(() => {
          if (ctx.isInvalid) return;
          judgment?.giveUp(request.judgeInputs ?? []);
          refreshDialog(request.surface);
        }, JUDGE_WAIT_MS);
        ctx.onInvalidated(() => clearTimeout(waited));
      }
      // Posting as the City: the dialog says the post is a public record, citing the pack's clause for it.
      const publicRecord = store.snapshot.views.get(request.surface.editor)?.official && pack ? publicRecordClause(pack) : null;
      return store.openDialog({ ...request, confirmConsent: consentFor(request.surface, request.findings), ...(publicRecord ? { publicRecord } : {}) });
    },
    returnToEditor: (surface, findings) => placeCaret(surface.editor, findings[0]?.start ?? 0),
    posted: (surfaces) => {
      for (const surface of surfaces) photos?.clear(surface.editor);
    },
  });

  // Alt+Shift+P in a compose box opens its notes (the chip lives outside the page's tab order).
  ctx.addEventListener(
    window,
    'keydown',
    (event: KeyboardEvent) => {
      // Only the user's own keys: a page script's synthetic one must not move focus into PostCheck's notes.
      if (!(event.altKey && event.shiftKey && event.code === 'KeyP') || !event.isTrusted) return;
      const origin = eventOrigin(event);
      const surface = origin ? adapter.surfaceFor(origin) : null;
      if (!surface || !store.snapshot.views.has(surface.editor)) return;
      event.preventDefault();
      event.stopPropagation();
      store.requestPanel(surface.editor);
    },
    { capture: true },
  );

  // Boxes that left the page (dialog closed, navigation) lose their notes; the badge follows.
  ctx.setInterval(() => {
    store.pruneDisconnected();
    dismissals.prune((editor) => editor.isConnected);
    if (lastReported && !lastReported.isConnected) report(null, []);
  }, HEARTBEAT_MS);

  return {
    store,
    dismissals: () => dismissals.list(),
    undoDismissal: (id) => {
      const editor = dismissals.undo(id);
      if (editor) recheck(editor, 0);
      return editor !== null;
    },
  };
}

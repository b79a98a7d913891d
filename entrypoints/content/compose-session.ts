/**
 * Everything PostCheck does around compose boxes, for one page, wired here and
 * done in the modules it names: draft → check → view → report
 * (live-check.ts, draft-checker.ts, draft-views.ts); Post → decide → dialog →
 * resubmit (submit-guard.ts, dialog-follow.ts); photos (attachments/); the
 * notes from the keyboard (notes-shortcut.ts); and tidying up when boxes
 * disappear or the extension stops. Used by the content script on the sites
 * and by the practice page, so both behave exactly alike.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CitedClause, Finding } from '../../rules/finding';
import { publicRecordClause } from '../../rules/account-context';
import type { Pack } from '../../rules/schema';
import type { PageConfig } from '../../utils/page-config';
import { placeCaret } from './dom/caret';
import type { AnalysisAnswer } from '../../utils/picture-messages';
import type { AnalysisRequest } from '../../utils/picture-analysis/types';
import { startAttachmentCapture } from './attachments/capture';
import { PhotoChecks } from './attachments/photo-checks';
import type { CheckEngine } from './checker-handoff';
import { checkContextFor, createDraftChecker, type DraftChecker, failureReason, warmUp } from './draft-checker';
import type { JudgeInput } from '../../rules/judgment/combine';
import type { JudgeAnswer } from '../../utils/judgment/messages';
import { createDialogFollow } from './dialog-follow';
import { createDraftViews, type PhotoNotes } from './draft-views';
import { createJudgmentClient } from './judgment-client';
import { startNotesShortcut } from './notes-shortcut';
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
  const judgment = options.judgeUnits ? createJudgmentClient(options.judgeUnits, () => follow.recheckShown()) : null;
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
        if (dismissals.dismiss(editor, finding, text, settings.strictMode)) follow.recheck(editor, 1);
      },
    },
  });
  ctx.onInvalidated(overlay.unmount);

  // Late-bound: the photos' checks redraw boxes through the views, and the views add the photos' notes.
  let photos: PhotoChecks | null = null;
  // Posting as the City, only photo rules that govern the City's accounts apply (Alexandria's: none; its seal is the City's own).
  const officialPhotoRules = pack && engine ? new Set(engine.packFor(pack, 'official').imageRules.map((rule) => rule.id)) : new Set<string>();
  const photoNotes: PhotoNotes = {
    findings: (editor, official) => (photos?.findings(editor) ?? []).filter((finding) => !official || officialPhotoRules.has(finding.ruleId)),
    summary: (editor) => photos?.summary(editor) ?? { checking: 0, failed: [] },
  };
  const views = createDraftViews({
    ctx,
    store,
    checker,
    setupProblem,
    dismissals,
    photos: () => (photos ? photoNotes : null),
    strictMode: settings.strictMode,
    report: options.report,
    ...(options.onChecked ? { onChecked: options.onChecked } : {}),
  });
  const follow = createDialogFollow({ ctx, adapter, store, views, photos: () => photos, canCheck: checker !== null });
  const { checkNow, markOff } = views;

  if (pack && engine) {
    photos = new PhotoChecks({
      pack,
      pictureFindings: engine.pictureFindings,
      context: checkContextFor(settings),
      analyze: options.analyzePhoto,
      changed: (editor) => {
        const surface = editor.isConnected ? adapter.surfaceFor(editor) : null;
        if (!surface || ctx.isInvalid) return;
        try {
          checkNow(surface);
          follow.refreshDialog(surface);
        } catch (error) {
          markOff(surface, failureReason(error));
        }
      },
    });
    const checks = photos;
    startAttachmentCapture({ ctx, adapter, onPhotos: (surface, files) => checks.add(surface.editor, files) });
  }

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
          follow.refreshDialog(request.surface);
        }, JUDGE_WAIT_MS);
        ctx.onInvalidated(() => clearTimeout(waited));
      }
      // Posting as the City: the dialog says the post is a public record, citing the pack's clause for it.
      const publicRecord = store.snapshot.views.get(request.surface.editor)?.official && pack ? publicRecordClause(pack) : null;
      return store.openDialog({ ...request, confirmConsent: follow.consentFor(request.surface, request.findings), ...(publicRecord ? { publicRecord } : {}) });
    },
    returnToEditor: (surface, findings) => placeCaret(surface.editor, findings[0]?.start ?? 0),
    posted: (surfaces) => {
      for (const surface of surfaces) photos?.clear(surface.editor);
    },
  });

  startNotesShortcut(ctx, adapter, store);

  // Boxes that left the page (dialog closed, navigation) lose their notes; the badge follows.
  ctx.setInterval(() => {
    store.pruneDisconnected();
    dismissals.prune((editor) => editor.isConnected);
    views.forgetDisconnected();
  }, HEARTBEAT_MS);

  return {
    store,
    dismissals: () => dismissals.list(),
    undoDismissal: (id) => {
      const editor = dismissals.undo(id);
      if (editor) follow.recheck(editor, 0);
      return editor !== null;
    },
  };
}

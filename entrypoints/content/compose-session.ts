/**
 * Everything PostCheck does around compose boxes, for one page: check drafts as
 * the user types, draw the overlay, guard the submit, offer the notes from the
 * keyboard, and tidy up when boxes disappear or the extension stops. Used by
 * the content script on the sites and by the practice page, so both behave
 * exactly alike.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type CitedClause, type Finding, isInterrupting } from '../../rules/finding';
import type { Pack } from '../../rules/schema';
import type { PageConfig } from '../../utils/messages';
import { eventOrigin } from './dom/deep-query';
import { placeCaret } from './dom/caret';
import { createDraftChecker, type DraftChecker, failureReason, warmUp } from './draft-checker';
import { startLiveCheck } from './live-check';
import { mountOverlay } from './overlay/mount';
import { OverlayStore } from './overlay/store';
import type { ComposeSurface, SiteAdapter } from './sites/types';
import { startSubmitGuard } from './submit-guard';

/** How often a stopped extension (reloaded, updated) is noticed and its overlay removed. */
const HEARTBEAT_MS = 1000;

export interface ComposeSessionOptions {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  /** The validated pack, or null with the reason checking cannot run (boxes then say checking is off). */
  pack: Pack | null;
  setupProblem: string | null;
  settings: Omit<PageConfig, 'pack'>;
  /** The findings of the box last checked (for the badge and popup); never the text. */
  report(findings: Finding[]): void;
  onWhy(clause: CitedClause): void;
  /** Told about every check, for pages that show the findings elsewhere too (practice page). */
  onChecked?(surface: ComposeSurface, text: string, findings: Finding[]): void;
}

export function startComposeSession(options: ComposeSessionOptions): OverlayStore {
  const { ctx, adapter, pack, setupProblem, settings } = options;
  const checker: DraftChecker | null = pack ? createDraftChecker(pack, settings) : null;
  if (pack) ctx.requestIdleCallback(() => warmUp(pack), { timeout: 5000 });

  const store = new OverlayStore();
  const unmount = mountOverlay({
    store,
    policyTitles: Object.fromEntries((pack?.policies ?? []).map((p) => [p.id, p.title])),
    contact: pack?.contact ?? '',
    onWhy: options.onWhy,
    focusEditorAt: placeCaret,
  });
  ctx.onInvalidated(unmount);

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

  /** Checks a box now; throws when checking itself fails (the caller decides how to fail open). */
  const checkNow = (surface: ComposeSurface) => {
    if (!checker) throw new Error(setupProblem ?? 'checking is not ready');
    const result = checker(surface.editor);
    // Only worth the DOM walk when there is something the pre-post check would hold.
    const unguarded = result.findings.some(isInterrupting) && surface.submitControl() === null;
    store.setView({
      surface,
      checkedText: result.text,
      findings: result.findings,
      ...(result.checkedUpTo === undefined ? {} : { checkedUpTo: result.checkedUpTo }),
      ...(unguarded ? { unguarded } : {}),
    });
    report(surface.editor, result.findings);
    options.onChecked?.(surface, result.text, result.findings);
    return result;
  };

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
    ask: (request) => store.openDialog(request),
    returnToEditor: (surface, findings) => placeCaret(surface.editor, findings[0]?.start ?? 0),
  });

  // Alt+Shift+P in a compose box opens its notes (the chip lives outside the page's tab order).
  ctx.addEventListener(
    window,
    'keydown',
    (event: KeyboardEvent) => {
      if (!(event.altKey && event.shiftKey && event.code === 'KeyP')) return;
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
    if (lastReported && !lastReported.isConnected) report(null, []);
  }, HEARTBEAT_MS);

  return store;
}

/**
 * Content script wiring: pick the site adapter, get the pack and settings from
 * the background, check drafts as the user types, draw the overlay, guard the
 * submit. Draft text never leaves this script; only findings (offsets,
 * messages) go to the background, for the badge and the popup.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Finding } from '../../rules/finding';
import { parsePack } from '../../rules/schema';
import { browser } from '../../utils/browser';
import { PageConfig, type ReportFindings } from '../../utils/messages';
import { createDraftChecker, type DraftChecker, failureReason, warmUp } from './draft-checker';
import { eventOrigin } from './dom/deep-query';
import { placeCaret } from './dom/caret';
import { startLiveCheck } from './live-check';
import { mountOverlay } from './overlay/mount';
import { OverlayStore } from './overlay/store';
import { adapterForHost } from './sites/registry';
import type { ComposeSurface } from './sites/types';
import { startSubmitGuard } from './submit-guard';

/** How often a stopped extension (reloaded, updated) is noticed and its overlay removed. */
const HEARTBEAT_MS = 1000;

export default defineContentScript({
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://www.linkedin.com/*',
  ],
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;

    const config = PageConfig.safeParse(await browser.runtime.sendMessage({ type: 'get-page-config' }).catch(() => null));
    const packResult = config.success ? parsePack(config.data.pack) : null;
    const pack = packResult?.ok ? packResult.pack : null;
    const setupProblem = !config.success ? 'the extension did not answer' : packResult && !packResult.ok ? 'the rule pack is invalid' : null;
    const checker: DraftChecker | null = pack && config.success ? createDraftChecker(pack, config.data) : null;

    if (pack) ctx.requestIdleCallback(() => warmUp(pack), { timeout: 5000 });

    const store = new OverlayStore();
    const policyTitles = Object.fromEntries((pack?.policies ?? []).map((p) => [p.id, p.title]));
    const unmount = mountOverlay({
      store,
      policyTitles,
      contact: pack?.contact ?? '',
      onWhy: (clause) => void browser.runtime.sendMessage({ type: 'open-policy', policy: clause.policy, section: clause.section }).catch(() => undefined),
      focusEditorAt: placeCaret,
    });
    ctx.onInvalidated(unmount);

    let lastReported: HTMLElement | null = null;
    const report = (editor: HTMLElement | null, findings: Finding[]) => {
      if (ctx.isInvalid) return;
      lastReported = editor;
      const message: ReportFindings = { type: 'report-findings', site: adapter.id, findings };
      browser.runtime.sendMessage(message).catch(() => undefined);
    };

    const markOff = (surface: ComposeSurface, reason: string) => {
      store.setView({ surface, checkedText: '', findings: [], failure: reason });
      report(surface.editor, []);
    };

    /** Checks a box now; throws when checking itself fails (the caller decides how to fail open). */
    const checkNow = (surface: ComposeSurface) => {
      if (!checker) throw new Error(setupProblem ?? 'checking is not ready');
      const result = checker(surface.editor);
      store.setView({ surface, checkedText: result.text, findings: result.findings });
      report(surface.editor, result.findings);
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
      strictMode: () => (config.success ? config.data.strictMode : false),
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

    document.documentElement.dataset.postcheck = setupProblem ? 'off' : 'ready';
    ctx.onInvalidated(() => delete document.documentElement.dataset.postcheck);
  },
});

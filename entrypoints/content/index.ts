/**
 * Content script wiring: pick the site adapter, get the pack and settings from
 * the background and the checker from its own script (checker-handoff.ts), and
 * start checking the page's compose boxes. Draft text never leaves the
 * extension's isolated world on this page; only findings (offsets, messages)
 * go to the background, for the badge and the popup.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { setLanguage, STRINGS } from '../../components/strings';
import { resolveLanguage } from '../../rules/language';
import { localizePack } from '../../rules/localize-pack';
import { browser } from '../../utils/browser';
import { browserLocale } from '../../utils/browser-locale';
import type { ReportFindings } from '../../utils/messages';
import { PageConfig, packOf } from '../../utils/page-config';
import { requestPhotoAnalysis } from '../../utils/picture-analysis/request';
import { requestJudgment } from '../../utils/judgment/request';
import { SITE_MATCHES } from '../../utils/site-matches';
import { TEST_BUILD } from '../../utils/test-build';
import { whenCheckEngineLoaded } from './checker-handoff';
import { startComposeSession } from './compose-session';
import { answerDismissalRequests } from './dismissal-requests';
import { adapterForHost } from './sites/registry';

/** The checker's own script runs at document_end, before this one; this long is only for a machine under heavy load. */
const CHECKER_LOAD_TIMEOUT_MS = 10_000;

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;

    const [answer, engine] = await Promise.all([
      browser.runtime.sendMessage({ type: 'get-page-config' }).catch(() => null),
      whenCheckEngineLoaded(CHECKER_LOAD_TIMEOUT_MS).catch(() => null),
    ]);
    const config = PageConfig.safeParse(answer);
    // The overlay speaks the language the background resolved (the browser's when it did not answer), before it first renders.
    const locale = browserLocale();
    const language = (config.success ? config.data.language : undefined) ?? resolveLanguage('auto', locale);
    setLanguage(language, locale);
    const outline = config.success ? packOf(config.data) : null;
    const pack = outline && localizePack(outline, language);
    const setupProblem = !config.success ? STRINGS.setupNoAnswer : !pack ? STRINGS.setupBadPack : !engine ? STRINGS.setupNoChecker : null;

    const session = startComposeSession({
      ctx,
      adapter,
      pack,
      engine,
      setupProblem,
      settings: config.success ? config.data : { strictMode: false, cityComputer: false },
      report: (findings) => {
        // A one-click fix names the draft's own words (the number it would remove): the badge and popup need none of
        // them, and the background keeps the tab's notes in session storage, where no draft text may go.
        const message: ReportFindings = { type: 'report-findings', site: adapter.id, findings: findings.map(({ fix: _fix, ...note }) => note) };
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
      onWhy: (clause) => void browser.runtime.sendMessage({ type: 'open-policy', policy: clause.policy, section: clause.section }).catch(() => undefined),
      analyzePhoto: requestPhotoAnalysis,
      judgeUnits: requestJudgment,
    });
    // The popup lists the notes set aside here, and undoes one (they live only in this page's memory).
    answerDismissalRequests(ctx, session);

    // Tests wait for this; the build employees get marks nothing on the page (it would tell a site who works for the city).
    if (TEST_BUILD) {
      document.documentElement.dataset.postcheck = setupProblem ? 'off' : 'ready';
      ctx.onInvalidated(() => delete document.documentElement.dataset.postcheck);
    }
  },
});

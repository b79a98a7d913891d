/**
 * Content script wiring: pick the site adapter, get the pack and settings from
 * the background, and start checking the page's compose boxes. Draft text
 * never leaves this script; only findings (offsets, messages) go to the
 * background, for the badge and the popup.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from '../../utils/browser';
import type { ReportFindings } from '../../utils/messages';
import { PageConfig, packOf } from '../../utils/page-config';
import { requestPhotoAnalysis } from '../../utils/picture-analysis/request';
import { startComposeSession } from './compose-session';
import { adapterForHost } from './sites/registry';

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
    const pack = config.success ? packOf(config.data) : null;
    const setupProblem = !config.success ? 'the extension did not answer' : !pack ? 'the rule pack is invalid' : null;

    startComposeSession({
      ctx,
      adapter,
      pack,
      setupProblem,
      settings: config.success ? config.data : { strictMode: false, cityComputer: false },
      report: (findings) => {
        const message: ReportFindings = { type: 'report-findings', site: adapter.id, findings };
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
      onWhy: (clause) => void browser.runtime.sendMessage({ type: 'open-policy', policy: clause.policy, section: clause.section }).catch(() => undefined),
      analyzePhoto: requestPhotoAnalysis,
    });

    document.documentElement.dataset.postcheck = setupProblem ? 'off' : 'ready';
    ctx.onInvalidated(() => delete document.documentElement.dataset.postcheck);
  },
});

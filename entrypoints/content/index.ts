/**
 * Content script wiring: pick the site adapter, get the active pack from the
 * background, check drafts as the user types, report findings for the badge.
 * Draft text never leaves this script; only findings (offsets, messages) do.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { check } from '../../rules/engine';
import type { Finding } from '../../rules/finding';
import { parsePack, type Pack } from '../../rules/schema';
import { browser } from '../../utils/browser';
import type { ReportFindings } from '../../utils/messages';
import { startLiveCheck } from './live-check';
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
    document.documentElement.dataset.postcheck = 'ready';

    const packResult = parsePack(await browser.runtime.sendMessage({ type: 'get-active-pack' }));
    if (!packResult.ok) {
      console.warn('PostCheck: no valid rule pack; checking is off on this page.', packResult.errors);
      return;
    }
    const pack: Pack = packResult.pack;

    const report = (findings: Finding[]) => {
      if (ctx.isInvalid) return;
      const message: ReportFindings = { type: 'report-findings', site: adapter.id, findings };
      browser.runtime.sendMessage(message).catch(() => undefined);
    };

    startLiveCheck({
      ctx,
      adapter,
      onDraft: (_editor, text) => report(check(text, pack)),
    });
  },
});

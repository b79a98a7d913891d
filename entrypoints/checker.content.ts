/**
 * The checker as a content script of its own (see content/checker-handoff.ts):
 * loaded at document_end, before the compose-box wiring at document_idle, in a
 * separate task, so neither load is one long task on the page. Runs nothing
 * until asked; it only hands the engine over.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CHECK_ENGINE } from '../rules/check-engine';
import { SITE_MATCHES } from '../utils/site-matches';
import { provideCheckEngine } from './content/checker-handoff';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_end',
  main() {
    provideCheckEngine(CHECK_ENGINE);
  },
});

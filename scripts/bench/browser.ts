/**
 * Typing in the browser, with the extension and without it, on each site's
 * fixture (the editors the sites use): a ~3,000-character draft typed key by
 * key with a short pause every sentence or so (so checks run as the draft
 * grows), then a violating phrase, then Post. Measured in the page itself by
 * browser-probe.ts; heap through the DevTools protocol after a forced GC.
 */
import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from '@playwright/test';
import { CHROMIUM_PATH, launchWithExtension, launchWithoutExtension } from '../../tests/e2e/support/launch';
import { openSurface, SURFACES, type SurfaceCase } from '../../tests/e2e/support/surfaces';
import { installProbe, type ProbeRecord } from './browser-probe';
import { type Burst, type ExtensionCpu, profileMainThread } from './extension-cpu';
import { contentScriptSize } from './sizes';
import { type Distribution, distribution } from './stats';

const SITES = ['X home composer', 'Facebook Create post', 'LinkedIn share (Quill, shadow root)'];
/** Typing pauses this long every PAUSE_EVERY characters: longer than the checker's wait (120 ms), as people pause. */
const PAUSE_MS = 250;
const PAUSE_EVERY = 80;
const VIOLATION = ' My supervisor is a lazy idiot.';

export interface SiteRun {
  keyLatency: Distribution;
  /** The extension's main-thread time while the draft was typed (V8's sampling profiler; zero without it). */
  typingCpu: ExtensionCpu;
  longTasks: number;
  /** Last key of the violating phrase → its highlights drawn (includes the checker's 120 ms wait). */
  pauseToHighlightsMs: number | null;
  /** Click on Post → the pre-post dialog (the 3,000-character draft with notes). */
  clickToDialogMs: number | null;
  /** Click on Post → the site records a clean short post. */
  clickToPostedMs: number | null;
  heapUsedMB: number;
}

export interface SiteResult {
  site: string;
  with: SiteRun;
  without: SiteRun;
  addedKeyLatencyP95Ms: number;
}

export interface BrowserResults {
  chromium: string;
  typing: { chars: number; pauseMs: number; pauseEvery: number };
  sites: SiteResult[];
  contentScript: ReturnType<typeof contentScriptSize>;
}

async function probe(page: Page): Promise<ProbeRecord> {
  return page.evaluate(() => window.__bench);
}

async function heapUsedMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** Types `text` key by key with a pause every PAUSE_EVERY characters; returns when each key was sent. */
async function typeLikeAPerson(page: Page, text: string): Promise<Burst[]> {
  const bursts: Burst[] = [];
  for (let i = 0; i < text.length; i += PAUSE_EVERY) {
    const keysAt: number[] = [];
    for (const char of text.slice(i, i + PAUSE_EVERY)) {
      keysAt.push(nowUs());
      await page.keyboard.type(char);
    }
    bursts.push({ keysAt, endAt: nowUs() });
    await page.waitForTimeout(PAUSE_MS);
  }
  return bursts;
}

async function runSite(context: BrowserContext, surface: SurfaceCase, draft: string, extension: boolean): Promise<SiteRun> {
  const { page } = await openSurface(context, surface, extension);
  await page.locator(surface.editor).click();
  const stopProfile = await profileMainThread(page);
  const bursts = await typeLikeAPerson(page, draft);
  const typingCpu = await stopProfile(bursts);
  const typed = await probe(page);

  // Pause → highlights for a violating phrase at the end of the long draft.
  const beforeChanges = typed.highlightsChangedAt.length;
  await page.keyboard.type(VIOLATION);
  await page.waitForTimeout(1_000);
  const afterPhrase = await probe(page);
  const drawn = afterPhrase.highlightsChangedAt.slice(beforeChanges).find((t) => t > afterPhrase.lastKeyAt);
  const pauseToHighlightsMs = extension && drawn !== undefined ? drawn - afterPhrase.lastKeyAt : null;
  const heap = await heapUsedMB(page);

  // Post: with the extension, the pre-post check holds the draft and opens its dialog.
  await page.locator(surface.submit).click();
  await page.waitForTimeout(500);
  const afterSubmit = await probe(page);
  const clickToDialogMs = extension && afterSubmit.dialogOpenedAt ? afterSubmit.dialogOpenedAt - afterSubmit.submitClickAt : null;
  await page.close();

  // A clean short post goes straight out: the time the extension adds to it.
  const { page: clean } = await openSurface(context, surface, extension);
  await clean.locator(surface.editor).click();
  await clean.keyboard.type('Lovely morning at the farmers market, the peaches are back!');
  await clean.waitForTimeout(PAUSE_MS);
  await clean.locator(surface.submit).click();
  await clean.waitForFunction(() => window.__bench.postedAt > 0, undefined, { timeout: 5_000 }).catch(() => undefined);
  const posted = await probe(clean);
  await clean.close();

  return {
    keyLatency: distribution(afterPhrase.keyLatencies),
    typingCpu,
    longTasks: afterPhrase.longTasks.length,
    pauseToHighlightsMs,
    clickToDialogMs,
    clickToPostedMs: posted.postedAt ? posted.postedAt - posted.submitClickAt : null,
    heapUsedMB: heap,
  };
}

export async function measureBrowser(draft: string): Promise<BrowserResults> {
  const withExtension = await launchWithExtension();
  const without = await launchWithoutExtension();
  // tsx compiles with esbuild's keepNames, whose __name helper the page does not have.
  const probeScript = { content: `var __name = (f) => f; (${installProbe.toString()})();` };
  await withExtension.addInitScript(probeScript);
  await without.addInitScript(probeScript);
  const sites: SiteResult[] = [];
  try {
    for (const name of SITES) {
      const surface = SURFACES.find((s) => s.name === name)!;
      const off = await runSite(without, surface, draft, false);
      const on = await runSite(withExtension, surface, draft, true);
      sites.push({
        site: name,
        with: on,
        without: off,
        addedKeyLatencyP95Ms: on.keyLatency.p95 - off.keyLatency.p95,
      });
    }
  } finally {
    await withExtension.close();
    await without.close();
  }
  return {
    chromium: execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim(),
    typing: { chars: draft.length + VIOLATION.length, pauseMs: PAUSE_MS, pauseEvery: PAUSE_EVERY },
    sites,
    contentScript: contentScriptSize(),
  };
}

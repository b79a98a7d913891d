/**
 * Runs in each fixture page's main world before the site's scripts: records
 * what the user feels, the same way with and without the extension.
 * - keydown → next frame: the key event's timestamp to the first task after the
 *   frame that shows it (requestAnimationFrame, then a message);
 * - long tasks (> 50 ms) (Chromium's long-animation-frame attribution does not
 *   name content scripts, so the extension's share is with minus without);
 * - when highlights change in the extension's overlay, when its pre-post dialog
 *   opens, and when the site records a post (its timeline grows);
 * - the click on the site's Post button.
 * Serialised into the page with Function.prototype.toString: self-contained.
 */
export interface ProbeRecord {
  keyLatencies: number[];
  longTasks: number[];
  lastKeyAt: number;
  highlightsChangedAt: number[];
  dialogOpenedAt: number;
  postedAt: number;
  submitClickAt: number;
}

declare global {
  interface Window {
    __bench: ProbeRecord;
  }
}

export function installProbe(): void {
  const record: ProbeRecord = {
    keyLatencies: [],
    longTasks: [],
    lastKeyAt: 0,
    highlightsChangedAt: [],
    dialogOpenedAt: 0,
    postedAt: 0,
    submitClickAt: 0,
  };
  window.__bench = record;
  addEventListener(
    'keydown',
    (event) => {
      const at = event.timeStamp;
      record.lastKeyAt = at;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => record.keyLatencies.push(performance.now() - at);
        channel.port2.postMessage(0);
      });
    },
    true,
  );
  addEventListener('click', (event) => void (record.submitClickAt = event.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  let overlayWatched = false;
  const watchOverlay = () => {
    const root = document.querySelector('postcheck-overlay')?.shadowRoot;
    if (!root || overlayWatched) return;
    overlayWatched = true;
    let highlights = -1;
    new MutationObserver(() => {
      const now = performance.now();
      const count = root.querySelectorAll('.highlight').length;
      if (count !== highlights) {
        highlights = count;
        record.highlightsChangedAt.push(now);
      }
      if (!record.dialogOpenedAt && root.querySelector('[role="alertdialog"]')) record.dialogOpenedAt = now;
    }).observe(root, { childList: true, subtree: true, attributes: true });
  };
  new MutationObserver((records) => {
    watchOverlay();
    for (const r of records) {
      if (r.target instanceof HTMLElement && r.target.id === 'timeline' && r.addedNodes.length && !record.postedAt) record.postedAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
}

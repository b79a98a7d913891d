/**
 * Keeps the overlay's host element on the page once it has something to show. A page script that removes
 * (or moves) it gets it back, and the decision that was on show is dropped as "Edit post" — but only a few
 * times a minute: a page that keeps removing it is not fought in a loop, and ensure() then answers false, so
 * the submit guard lets posts through rather than hold them behind a dialog nobody can see.
 */

/** Re-attachments allowed within REATTACH_WINDOW_MS; past that the overlay is given up on this page for a while. */
export const MAX_REATTACH = 5;
export const REATTACH_WINDOW_MS = 60_000;

export interface HostKeeper {
  /** Attaches the host (the first time it is needed, or again after a removal); false when it cannot be shown. */
  ensure(): boolean;
  stop(): void;
}

export function keepHostAttached(host: HTMLElement, onRemoved: () => void, now: () => number = () => performance.now()): HostKeeper {
  let attached = false;
  let stopped = false;
  let reattachedAt: number[] = [];

  const mayReattach = () => {
    reattachedAt = reattachedAt.filter((t) => now() - t < REATTACH_WINDOW_MS);
    if (reattachedAt.length >= MAX_REATTACH) return false;
    reattachedAt.push(now());
    return true;
  };

  const ensure = (): boolean => {
    if (stopped) return false;
    if (host.parentNode === document.documentElement) return true;
    const removed = attached; // it was on the page and something took it away
    if (removed && !mayReattach()) {
      onRemoved();
      return false;
    }
    document.documentElement.append(host);
    attached = true;
    if (removed) onRemoved(); // after the host is back, so whatever onRemoved redraws finds it there
    return true;
  };

  // Only <html>'s own children are watched: the host's removal shows there, and nothing else on the page is.
  const observer = new MutationObserver(() => {
    if (attached && !stopped && host.parentNode !== document.documentElement) ensure();
  });
  observer.observe(document.documentElement, { childList: true });

  return {
    ensure,
    stop() {
      stopped = true;
      observer.disconnect();
      host.remove();
    },
  };
}

/**
 * The extension's own time on the page's main thread while typing, from V8's
 * sampling profiler through the DevTools protocol: the samples whose stack
 * holds a frame of the extension's scripts (chrome-extension://…), laid
 * against when each key was sent. Key → frame latency moves ±10 ms between
 * runs on this VM with and without the extension alike; this resolves a
 * tenth of a millisecond per key, and says how much of what the user waits
 * for is PostCheck's. Run in both arms, so the profiler's own overhead falls
 * on both alike.
 */
import type { Page } from '@playwright/test';
import { type Distribution, distribution } from './stats';

const SAMPLING_INTERVAL_US = 100;

/** Keys sent in one stretch of typing, as process.hrtime microseconds (the profile's clock on Linux), and when the stretch ended. */
export interface Burst {
  keysAt: number[];
  endAt: number;
}

export interface ExtensionCpu {
  /** Keystrokes typed while profiling. */
  keys: number;
  /**
   * The extension's main-thread time from each key to the next one (pauses
   * left out): what it can add to that key's latency. Sampled every 0.1 ms.
   */
  perKey: Distribution & { mean: number };
  /** Pauses in the typing, each a check and a redraw: the extension's time per pause. */
  pauses: number;
  perPauseMs: number;
  /** The longest unbroken stretch of the extension's time anywhere (a check in a pause, most often). */
  longestStretchMs: number;
  /** The extension's main-thread time in all, and the page's (every sample but idle), typing and pauses together. */
  totalMs: number;
  busyMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which profile nodes run the extension's code, themselves or below one of its frames. */
function extensionNodes(profile: Profile): Set<number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inside = new Set<number>();
  const mark = (id: number, under: boolean) => {
    const node = byId.get(id)!;
    const mine = under || node.callFrame.url.startsWith('chrome-extension://');
    if (mine) inside.add(id);
    for (const child of node.children ?? []) mark(child, mine);
  };
  mark(profile.nodes[0]!.id, false);
  return inside;
}

/** Each key's window (from it to the next key, or to the end of its burst), in order. */
function keyWindows(bursts: Burst[]): [number, number][] {
  return bursts.flatMap((burst) => burst.keysAt.map((at, i): [number, number] => [at, burst.keysAt[i + 1] ?? burst.endAt]));
}

export function summarise(profile: Profile, bursts: Burst[]): ExtensionCpu {
  const inside = extensionNodes(profile);
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const windows = keyWindows(bursts);
  const perKeyUs = windows.map(() => 0);
  let at = profile.startTime;
  let key = 0;
  const us = { pauses: 0, busy: 0, stretch: 0, longest: 0 };
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const span = profile.timeDeltas[i + 1] ?? SAMPLING_INTERVAL_US;
    if (!idle.has(id)) us.busy += span;
    if (!inside.has(id)) {
      us.stretch = 0;
      return;
    }
    us.stretch += span;
    us.longest = Math.max(us.longest, us.stretch);
    while (key < windows.length && windows[key]![1] <= at) key++;
    if (key < windows.length && windows[key]![0] <= at) perKeyUs[key]! += span;
    else us.pauses += span;
  });
  const perKeyMs = perKeyUs.map((t) => t / 1000);
  const typingMs = perKeyMs.reduce((sum, t) => sum + t, 0);
  return {
    keys: windows.length,
    perKey: { ...distribution(perKeyMs), mean: typingMs / Math.max(1, windows.length) },
    pauses: bursts.length,
    perPauseMs: us.pauses / 1000 / Math.max(1, bursts.length),
    longestStretchMs: us.longest / 1000,
    totalMs: typingMs + us.pauses / 1000,
    busyMs: us.busy / 1000,
  };
}

/** Starts profiling the page's main thread; the function returned stops and summarises. */
export async function profileMainThread(page: Page): Promise<(bursts: Burst[]) => Promise<ExtensionCpu>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  return async (bursts) => {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    return summarise(profile as Profile, bursts);
  };
}

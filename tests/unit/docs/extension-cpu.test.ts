/** The bench's per-keystroke attribution: samples of the extension's code laid against when each key was sent. */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../scripts/bench/extension-cpu';

const EXT = 'chrome-extension://abc/content-scripts/content.js';
// (root) → page's handler; (root) → extension's listener → a browser call it makes; (idle).
const nodes = [
  { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 3, 5] },
  { id: 2, callFrame: { url: 'https://x.com/app.js', functionName: 'onInput' } },
  { id: 3, callFrame: { url: EXT, functionName: 'onEvent' }, children: [4] },
  { id: 4, callFrame: { url: '', functionName: 'closest' } },
  { id: 5, callFrame: { url: '', functionName: '(idle)' } },
];

/** A profile starting at 1,000 µs with one sample per entry of `samples`, 100 µs apart. */
const profile = (samples: number[]) => ({ startTime: 1_000, nodes, samples, timeDeltas: samples.map(() => 100) });

describe('extension CPU while typing', () => {
  it('gives each key the extension time between it and the next key, and the rest to the pauses', () => {
    // Samples at 1,100 … 2,600 µs. Keys at 1,000 and 1,500; the burst ends at 2,000; then a pause.
    const samples = [3, 4, 2, 5, 5, /* key 2 */ 3, 5, 5, 5, 5, /* pause */ 3, 4, 3, 2, 5, 5];
    const cpu = summarise(profile(samples), [{ keysAt: [1_000, 1_500], endAt: 2_000 }]);
    expect(cpu.keys).toBe(2);
    expect(cpu.perKey.max).toBeCloseTo(0.2); // key 1: onEvent and closest below it
    expect(cpu.perKey.mean).toBeCloseTo(0.15); // (0.2 + 0.1) / 2
    expect(cpu.perPauseMs).toBeCloseTo(0.3);
    expect(cpu.longestStretchMs).toBeCloseTo(0.3); // the three in a row in the pause
    expect(cpu.totalMs).toBeCloseTo(0.6);
    expect(cpu.busyMs).toBeCloseTo(0.8); // everything but idle (the last sample counts the default 0.1 ms)
  });

  it('finds nothing of the extension in a profile without it', () => {
    const cpu = summarise(profile([2, 5, 2, 5]), [{ keysAt: [1_000], endAt: 1_500 }]);
    expect(cpu.totalMs).toBe(0);
    expect(cpu.perKey.max).toBe(0);
  });
});

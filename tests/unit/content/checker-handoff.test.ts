import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECK_ENGINE } from '../../../rules/check-engine';
import { bundledPack } from '../../../rules/packs/index';

const engine = CHECK_ENGINE;

/** Each test gets the module fresh, with the shared slot cleared, as a new page would. */
async function freshHandoff() {
  delete (globalThis as Record<string, unknown>).__postcheckCheckerSlot;
  vi.resetModules();
  return import('../../../entrypoints/content/checker-handoff');
}

describe('the checker hand-off between the two content scripts', () => {
  afterEach(() => vi.useRealTimers());

  it('works when the checker’s script ran first (its usual order: document_end before document_idle)', async () => {
    const { provideCheckEngine, whenCheckEngineLoaded } = await freshHandoff();
    provideCheckEngine(engine);
    await expect(whenCheckEngineLoaded(1000)).resolves.toBe(engine);
  });

  it('works when the wiring asks first and the checker arrives later', async () => {
    const { provideCheckEngine, whenCheckEngineLoaded } = await freshHandoff();
    const waiting = whenCheckEngineLoaded(1000);
    provideCheckEngine(engine);
    const loaded = await waiting;
    expect(loaded.checkDetailed('my supervisor is a lazy idiot', bundledPack('vicksburg')).findings.length).toBeGreaterThan(0);
  });

  it('the two scripts meet through the shared global, not through one module instance', async () => {
    const first = await freshHandoff();
    const waiting = first.whenCheckEngineLoaded(1000);
    vi.resetModules(); // the checker's script has its own copy of this module
    const second = await import('../../../entrypoints/content/checker-handoff');
    expect(second).not.toBe(first);
    second.provideCheckEngine(engine);
    await expect(waiting).resolves.toBe(engine);
  });

  it('gives up with a reason when the checker never loads, so the boxes can say checking is off', async () => {
    vi.useFakeTimers();
    const { whenCheckEngineLoaded } = await freshHandoff();
    const waiting = whenCheckEngineLoaded(10_000);
    const settled = expect(waiting).rejects.toThrow('the checker did not load');
    await vi.advanceTimersByTimeAsync(10_000);
    await settled;
  });
});

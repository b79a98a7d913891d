import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECK_ENGINE } from '../../../rules/check-engine';
import { bundledPack } from '../../../rules/packs/index';

const engine = CHECK_ENGINE;

/** Each test gets the module fresh, with the shared slot cleared, as a new page would. */
async function freshHandoff() {
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('postcheck.checker-slot')];
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

  it('cannot be clobbered by the page’s DOM: an element named like a slot (form#…, input[name=engine]) is never read', async () => {
    const { provideCheckEngine, whenCheckEngineLoaded } = await freshHandoff();
    // What named access on the window shows for <form id="__postcheckCheckerSlot"><input name="engine"><input name="waiting">.
    const form = { engine: { localName: 'input' }, waiting: { localName: 'input' } };
    const world = globalThis as unknown as Record<string, unknown>;
    world.__postcheckCheckerSlot = form;
    world.postcheck = form;
    try {
      const waiting = whenCheckEngineLoaded(1000);
      provideCheckEngine(engine);
      await expect(waiting).resolves.toBe(engine);
      expect(form.engine).toEqual({ localName: 'input' });
    } finally {
      delete world.__postcheckCheckerSlot;
      delete world.postcheck;
    }
  });

  it('checks the engine’s shape: something else left in the slot is not used as the checker', async () => {
    vi.useFakeTimers();
    const { isCheckEngine, provideCheckEngine, SLOT_KEY, whenCheckEngineLoaded } = await freshHandoff();
    expect(isCheckEngine(engine)).toBe(true);
    for (const fake of [null, 'engine', { checkDetailed: 'not a function' }, { ...engine, applyJudgment: undefined }, Object.create(engine)]) {
      expect(isCheckEngine(fake)).toBe(false);
    }
    (globalThis as unknown as Record<symbol, unknown>)[SLOT_KEY] = { engine: { checkDetailed: () => [] }, waiting: [] };
    provideCheckEngine({ checkDetailed: () => [] } as unknown as typeof engine);
    const waiting = whenCheckEngineLoaded(1000);
    const settled = expect(waiting).rejects.toThrow('the checker did not load');
    await vi.advanceTimersByTimeAsync(1000);
    await settled;
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

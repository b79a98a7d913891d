// Issue 20, item 4: never another city's policy. A city with no bundled pack is checked with the template pack under IT's
// city name until its own pack is verified, and the popup says so; with nothing configured the template stands in until
// the employee picks their city.
import { describe, expect, it } from 'vitest';
import { PackInfo } from '../../../components/PackInfo';
import { STRINGS } from '../../../components/strings';
import { activePack, updateSource } from '../../../entrypoints/background/active-pack';
import { bundledPack } from '../../../rules/packs/index';
import { effectiveSettings, parseManaged } from '../../../utils/managed';
import { readSettings } from '../../../utils/settings';

const clausesOf = (pack: ReturnType<typeof bundledPack>) => pack.policies.flatMap((p) => p.clauses.map((c) => c.text));
const OTHER_CITIES = new Set(['alexandria', 'el-paso', 'vicksburg'].flatMap((id) => clausesOf(bundledPack(id as 'alexandria'))));
const otherCitiesClauses = (pack: ReturnType<typeof bundledPack>) => clausesOf(pack).filter((text) => OTHER_CITIES.has(text));

/** The active pack as the background finds it: the employee's stored settings under IT's managed configuration. */
function activeFor(stored: unknown, managedRaw: unknown) {
  const managed = parseManaged(managedRaw).config;
  const { settings, locked } = effectiveSettings(readSettings(stored), managed);
  return { locked, settings, managed, info: activePack(settings, managed, null) };
}

describe('the active pack for a city PostCheck does not bundle', () => {
  it('is the template pack under IT’s city name when IT names an unknown pack id, never another city’s policy, and says what it is waiting for', async () => {
    const { info } = activeFor({}, { packId: 'springfield', cityName: 'City of Springfield' });
    const pack = await info;
    expect(pack).toMatchObject({ source: 'bundled', awaiting: 'City of Springfield' });
    expect(pack.firstRun).toBeUndefined();
    expect(pack.pack.id).toBe('template');
    expect(pack.pack.city).toBe('City of Springfield');
    expect(otherCitiesClauses(pack.pack)).toEqual([]);
  });

  it('is the template under IT’s city name when IT names only the city — even if the employee had picked Alexandria — and the choice is locked', async () => {
    const { info, locked, settings, managed } = activeFor({ packId: 'alexandria' }, { cityName: 'City of Springfield' });
    const pack = await info;
    expect(locked).toContain('packId');
    expect(pack.pack.id).toBe('template');
    expect(pack.pack.city).toBe('City of Springfield');
    expect(pack.awaiting).toBe('City of Springfield');
    expect(otherCitiesClauses(pack.pack)).toEqual([]);
    // Updates from IT's address, if any, are for the city's own pack, not Alexandria's.
    expect(updateSource(settings, { ...managed, packUrl: 'https://it.example/pack.json', packPublicKey: 'AAAA' })?.packId).toBe('template');
  });

  it('names the pack id it waits for when IT gave no city name', async () => {
    expect((await activeFor({}, { packId: 'springfield' }).info).awaiting).toBe('springfield');
  });

  it('is the bundled pack a bundled city names, with nothing awaited and no first-run question', async () => {
    const pack = await activeFor({}, { packId: 'vicksburg' }).info;
    expect(pack.pack.id).toBe('vicksburg');
    expect(pack.awaiting).toBeUndefined();
    expect(pack.firstRun).toBeUndefined();
  });
});

describe('the active pack with nothing configured', () => {
  it('is the template (not Alexandria’s policy) until the employee picks a city, and the popup is told to ask', async () => {
    const pack = await activeFor({}, {}).info;
    expect(pack.pack.id).toBe('template');
    expect(pack.firstRun).toBe(true);
    expect(pack.awaiting).toBeUndefined();
    expect(otherCitiesClauses(pack.pack)).toEqual([]);
  });

  it('is the pack the employee picked', async () => {
    for (const id of ['el-paso', 'template'] as const) {
      const pack = await activeFor({ packId: id }, {}).info;
      expect(pack.pack.id).toBe(id);
      expect(pack.firstRun).toBeUndefined();
      expect(pack.awaiting).toBeUndefined();
    }
  });
});

describe('the popup and settings', () => {
  it('say the template stands in until the city’s policy arrives, naming the city, only while it does', () => {
    const pack = bundledPack('template');
    const shown = JSON.stringify(PackInfo({ pack, source: 'bundled', awaiting: 'City of Springfield', update: null }));
    expect(shown).toContain('Checking with the general template until City of Springfield’s policy arrives');
    expect(JSON.stringify(PackInfo({ pack, source: 'bundled', update: null }))).not.toContain('Checking with the general template');
    expect(STRINGS.packAwaiting('X')).not.toBe(STRINGS.packAwaiting('Y'));
  });
});

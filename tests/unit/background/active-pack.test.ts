// Issue 20, item 4: a city with no bundled pack is never checked with another city's policy. Until its own
// pack arrives, the template pack stands in under IT's city name, and the popup says so.
import { describe, expect, it } from 'vitest';
import { PackInfo } from '../../../components/PackInfo';
import { STRINGS } from '../../../components/strings';
import { activePack } from '../../../entrypoints/background/active-pack';
import { bundledPack } from '../../../rules/packs/index';
import { parseManaged } from '../../../utils/managed';

const clausesOf = (pack: ReturnType<typeof bundledPack>) => pack.policies.flatMap((p) => p.clauses.map((c) => c.text));

describe('the active pack for a city PostCheck does not bundle', () => {
  it('is the template pack under IT’s city name, never Alexandria’s policy, and says what it is waiting for', async () => {
    const managed = parseManaged({ packId: 'springfield', cityName: 'City of Springfield' }).config;
    const info = await activePack({ packId: 'springfield' }, managed, null);
    expect(info).toMatchObject({ source: 'bundled', awaiting: 'springfield' });
    expect(info.pack.id).toBe('template');
    expect(info.pack.city).toBe('City of Springfield');
    const alexandria = new Set(clausesOf(bundledPack('alexandria')));
    expect(clausesOf(info.pack).filter((text) => alexandria.has(text))).toEqual([]);
  });

  it('is the bundled pack a bundled city names, with nothing awaited', async () => {
    const info = await activePack({ packId: 'vicksburg' }, parseManaged({}).config, null);
    expect(info.pack.id).toBe('vicksburg');
    expect(info.awaiting).toBeUndefined();
  });

  it('is told in the popup and settings while the city’s own pack has not arrived', () => {
    const pack = bundledPack('template');
    expect(JSON.stringify(PackInfo({ pack, source: 'bundled', awaiting: 'springfield', update: null }))).toContain(STRINGS.packAwaiting);
    expect(JSON.stringify(PackInfo({ pack, source: 'bundled', update: null }))).not.toContain(STRINGS.packAwaiting);
  });
});

import { describe, expect, it } from 'vitest';
import { LEXICON_FIELDS } from '../../../rules/lexicon-fields';
import { bundledPack } from '../../../rules/packs/index';
import { Lexicon } from '../../../rules/schema';
import { PageConfig, packOf } from '../../../utils/page-config';

describe('the page-config answer, checked in the content script without the full pack schema', () => {
  const answer = { pack: bundledPack('el-paso'), strictMode: false, cityComputer: true, lexicon: { cityNames: ['Springfield'] } };

  it('accepts what the background sends and hands over its pack', () => {
    const parsed = PageConfig.safeParse(structuredClone(answer));
    expect(parsed.success).toBe(true);
    expect(packOf(parsed.data!)?.id).toBe('el-paso');
  });

  it('refuses answers of another shape, and packs without a pack’s outline', () => {
    expect(PageConfig.safeParse({ ...answer, strictMode: 'yes' }).success).toBe(false);
    expect(PageConfig.safeParse({ ...answer, lexicon: { nicknames: ['x'] } }).success).toBe(false);
    for (const pack of [null, 'el-paso', { id: 'x' }, { ...bundledPack('el-paso'), rules: [{ id: 'r' }] }]) {
      const parsed = PageConfig.safeParse({ ...answer, pack });
      expect(parsed.success && packOf(parsed.data)).toBeFalsy();
    }
  });

  it('knows the same lexicon fields as the pack schema', () => {
    expect([...LEXICON_FIELDS].sort()).toEqual(Object.keys(Lexicon.shape).sort());
  });
});

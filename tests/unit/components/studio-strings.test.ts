/** The pack studio's Spanish: every string English has, filled in, different from the English, in "usted". */
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../../components/strings';
import { STUDIO_ES } from '../../../components/studio-strings-es';
import { STUDIO_EN, studioStrings } from '../../../components/studio-strings';

function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return leaves((value as (...args: unknown[]) => unknown)(3, 'Alpha', 'Beta'), `${path}()`);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
  throw new Error(`${path}: unexpected ${typeof value}`);
}

describe('the studio’s strings', () => {
  const english = new Map(leaves(STUDIO_EN));
  const spanish = new Map(leaves(STUDIO_ES));

  it('has every string in Spanish, differing from the English', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, text] of spanish) {
      expect(text.trim(), path).not.toBe('');
      expect(text, path).not.toBe(english.get(path));
    }
  });

  it('addresses the reader as usted', () => {
    const informal = /(?<!\p{L})([Tt]ú|[Tt]us?|[Tt]e|ti|[Pp]uedes|[Dd]ebes|[Tt]ienes)(?!\p{L})/u;
    for (const [path, text] of spanish) expect(text, path).not.toMatch(informal);
  });

  it('follows the language chosen', () => {
    setLanguage('es');
    expect(studioStrings()).toBe(STUDIO_ES);
    setLanguage('en');
    expect(studioStrings()).toBe(STUDIO_EN);
  });
});

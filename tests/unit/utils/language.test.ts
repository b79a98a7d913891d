// Which language PostCheck speaks: the employee's choice, IT's (locked), or the browser's.
import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../rules/language';
import { effectiveSettings, parseManaged } from '../../../utils/managed';
import { readSettings } from '../../../utils/settings';

describe('the language', () => {
  it('follows the browser by default: Spanish in any Spanish locale, English otherwise', () => {
    expect(resolveLanguage(undefined, 'es-MX')).toBe('es');
    expect(resolveLanguage('auto', 'es')).toBe('es');
    expect(resolveLanguage('auto', 'es_419')).toBe('es');
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('auto', 'fr-CA')).toBe('en');
    expect(resolveLanguage('auto', '')).toBe('en');
  });

  it('is the employee’s choice when they made one', () => {
    expect(resolveLanguage('en', 'es-MX')).toBe('en');
    expect(resolveLanguage('es', 'en-US')).toBe('es');
  });

  it('is kept with the other settings; a stored value PostCheck does not know gives the defaults', () => {
    expect(readSettings({ strictMode: false, cityComputer: false, language: 'es' }).language).toBe('es');
    expect(readSettings({ strictMode: false, cityComputer: false }).language).toBeUndefined();
    expect(readSettings({ language: 'fr' })).toEqual(readSettings({}));
  });

  it('can be set by IT, which locks the choice', () => {
    const { config, problems } = parseManaged({ language: 'es' });
    expect(problems).toEqual([]);
    const { settings, locked } = effectiveSettings(readSettings({ language: 'en' }), config);
    expect(settings.language).toBe('es');
    expect(locked).toEqual(['language']);
    expect(parseManaged({ language: 'spanish' }).problems).toEqual([expect.stringMatching(/^language: /)]);
  });
});

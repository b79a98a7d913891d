import { describe, expect, it } from 'vitest';
import { effectiveSettings, managedLexicon, parseManaged } from '../../../utils/managed';
import { readSettings } from '../../../utils/settings';

describe('managed configuration', () => {
  it('keeps each valid key and drops each invalid one with a reason', () => {
    const { config, problems } = parseManaged({
      packId: 'template',
      strictMode: 'yes',
      workDays: [1, 2, 3],
      workStart: '8am',
      cityEmailDomains: ['springfield.gov'],
      __proto__: { strictMode: true },
      colour: 'blue',
    });
    expect(config).toEqual({ packId: 'template', workDays: [1, 2, 3], cityEmailDomains: ['springfield.gov'] });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^strictMode: /), expect.stringMatching(/^workStart: /), 'colour: not a PostCheck setting (ignored)']));
  });

  it('treats a missing or non-object policy as "not managed"', () => {
    expect(parseManaged(undefined).config).toEqual({});
    expect(parseManaged('strict').config).toEqual({});
  });

  it('overrides the employee’s settings and reports which are locked', () => {
    const local = readSettings({ strictMode: false, cityComputer: true, packId: 'vicksburg' });
    const { settings, locked } = effectiveSettings(local, { strictMode: true, workDays: [1, 2, 3, 4, 5], workEnd: '16:30' });
    expect(settings).toEqual({ strictMode: true, cityComputer: true, packId: 'vicksburg', workHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '16:30' } });
    expect(locked).toEqual(['strictMode', 'workHours']);
  });

  it('gives the template pack its city from the configuration', () => {
    expect(managedLexicon({ cityName: 'City of Springfield', cityEmailDomains: ['springfield.gov'], cityOfficials: ['Mayor Quimby'] })).toEqual({
      cityNames: ['City of Springfield'],
      emailDomains: ['springfield.gov'],
      officials: ['Mayor Quimby'],
    });
    expect(managedLexicon({})).toBeUndefined();
  });
});

/** IT's `officialAccounts` key: per site, the City's accounts; anything else in it is refused with the reason, the rest of the configuration still applies. */
import { describe, expect, it } from 'vitest';
import { parseManaged } from '../../../utils/managed';

describe('managed officialAccounts', () => {
  it('takes X handles, Facebook Page names and LinkedIn company pages, trimmed', () => {
    const { config, problems } = parseManaged({
      officialAccounts: { x: ['@CityOfAlexLA'], facebook: [' City of Alexandria, Louisiana '], linkedin: ['https://www.linkedin.com/company/city-of-alexandria/'] },
    });
    expect(problems).toEqual([]);
    expect(config.officialAccounts).toEqual({ x: ['@CityOfAlexLA'], facebook: ['City of Alexandria, Louisiana'], linkedin: ['https://www.linkedin.com/company/city-of-alexandria/'] });
  });

  it('refuses another site or a value that is not a list of names, keeping the other keys', () => {
    for (const officialAccounts of [{ instagram: ['@city'] }, { x: '@CityOfAlexLA' }, { x: [''] }]) {
      const { config, problems } = parseManaged({ officialAccounts, strictMode: true });
      expect(config.officialAccounts).toBeUndefined();
      expect(config.strictMode).toBe(true);
      expect(problems).toEqual([expect.stringMatching(/^officialAccounts: .+ \(ignored\)$/)]);
    }
  });
});

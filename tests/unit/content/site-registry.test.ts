/**
 * One source for the sites (issue 20, item 7): the content scripts' matches and
 * every adapter's matchesHost come from utils/site-matches.ts. Every site there
 * has one registered adapter, found for each of its hostnames and for no other
 * site's, and every hostname is in the content scripts' matches.
 */
import { describe, expect, it } from 'vitest';
import { adapterForHost, SITE_ADAPTERS } from '../../../entrypoints/content/sites/registry';
import { SITE_HOSTS, SITE_MATCHES, type SiteName } from '../../../utils/site-matches';

const sites = Object.keys(SITE_HOSTS) as SiteName[];

describe('the sites, from one list', () => {
  it('registers exactly one adapter per site, and none for a site not on the list', () => {
    expect(SITE_ADAPTERS.map((a) => a.id).sort()).toEqual([...sites].sort());
  });

  it.each(sites)('%s: each of its hostnames finds its adapter and is in the content scripts’ matches', (site) => {
    for (const host of SITE_HOSTS[site]) {
      expect(adapterForHost(host)?.id, host).toBe(site);
      expect(SITE_MATCHES, host).toContain(`https://${host}/*`);
      for (const other of SITE_ADAPTERS.filter((a) => a.id !== site)) expect(other.matchesHost(host), `${other.id} on ${host}`).toBe(false);
    }
  });

  it('matches nothing the content scripts do not run on', () => {
    expect(SITE_MATCHES).toHaveLength(sites.reduce((n, site) => n + SITE_HOSTS[site].length, 0));
    for (const host of ['mobile.x.com', 'm.facebook.com', 'linkedin.com', 'example.com', 'x.com.evil.example']) expect(adapterForHost(host), host).toBeNull();
  });
});

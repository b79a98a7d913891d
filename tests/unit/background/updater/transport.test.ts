/**
 * Issue 25, item 4: how packs travel. https:// only (http:// to this machine
 * only in test builds); no redirects followed; a 304 is recorded as
 * "unchanged", not as a fresh verification; a pack may say when it goes stale.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { PackInfo } from '../../../../components/PackInfo';
import { formatDay } from '../../../../components/format';
import { STRINGS } from '../../../../components/strings';
import { fetchSignedPack } from '../../../../entrypoints/background/updater/fetch-pack';
import { packExpired } from '../../../../rules/pack-expiry';
import { bundledPack, bundledPackSource } from '../../../../rules/packs/index';
import { parsePack } from '../../../../rules/schema';
import { parseManaged } from '../../../../utils/managed';
import { packUrlProblem } from '../../../../utils/pack-url';
import { deleteUpdaterDbs, INSTALLED, updaterServing } from '../../support/updater-serving';

afterAll(deleteUpdaterDbs);

describe('the pack address', () => {
  it('must be https://; http:// only to this machine, and only in a build that is not the shipped one', () => {
    expect(packUrlProblem('https://it.city.example/postcheck/pack.json')).toBeNull();
    for (const url of ['http://it.city.example/pack.json', 'ftp://it.city.example/pack.json', 'file:///etc/pack.json', 'data:application/json,{}'])
      expect(packUrlProblem(url), url).toBe('the pack address must start with https://');
    expect(packUrlProblem('https://user:pw@it.city.example/pack.json')).toMatch(/user name or password/);
    expect(packUrlProblem('not a url')).toMatch(/is not a valid URL/);
    for (const url of ['http://127.0.0.1:8080/pack.json', 'http://localhost/pack.json', 'http://[::1]:9/pack.json']) {
      expect(packUrlProblem(url, true), url).toBeNull();
      expect(packUrlProblem(url, false), url).toBe('the pack address must start with https://');
    }
  });

  it('is dropped from IT’s managed configuration with the reason when it is http://', () => {
    const { config, problems } = parseManaged({ packUrl: 'http://it.city.example/pack.json', packId: 'alexandria' });
    expect(config).toEqual({ packId: 'alexandria' });
    expect(problems).toEqual(['packUrl: the pack address must start with https:// (ignored)']);
  });

  it('is refused by the updater itself too, before any request', async () => {
    let asked = false;
    const outcome = await fetchSignedPack({ url: 'http://it.city.example/pack.json', publicKey: 'x', packId: 'alexandria' }, { version: 1 }, async () => {
      asked = true;
      return new Response('');
    });
    expect(outcome).toEqual({ kind: 'rejected', reason: 'the pack address must start with https://' });
    expect(asked).toBe(false);
  });
});

describe('redirects', () => {
  it('are not followed: the request says so, and a redirect is refused with the reason, keeping the last good pack', async () => {
    const { status, kept, requests } = await updaterServing({ status: 302, headers: { location: 'https://evil.example/pack.json' } });
    expect(requests.every((r) => r.redirect === 'manual')).toBe(true);
    expect(status.lastError).toMatch(/redirected the request elsewhere; PostCheck fetches the pack only from the configured address/);
    expect(status.lastResult).toBe('refused');
    expect(kept).toBe(INSTALLED.version);
  });
});

describe('"not modified"', () => {
  it('a 304 is recorded as unchanged: checked, not verified (anyone on the path can answer 304)', async () => {
    const { status, first } = await updaterServing({ status: 304 });
    expect(first).toMatchObject({ lastResult: 'updated', lastSuccess: '2026-11-21T12:00:00.000Z' });
    expect(status).toMatchObject({ lastResult: 'unchanged', lastCheck: '2026-11-22T12:00:00.000Z', lastSuccess: '2026-11-21T12:00:00.000Z', failures: 0 });
    expect(status.lastError).toBeUndefined();
  });
});

describe('a pack’s expiry', () => {
  const withExpiry = (expires: string) => parsePack({ ...bundledPackSource('alexandria'), expires });

  it('is an optional day after the pack’s own date', () => {
    const date = bundledPack('alexandria').date;
    expect(withExpiry('2099-01-01').ok).toBe(true);
    const same = withExpiry(date);
    expect(same.ok || same.errors).toEqual([`expires: must be later than the pack's date (${date})`]);
    expect(withExpiry('next year').ok).toBe(false);
  });

  it('makes the pack stale from the day after, and the popup says so while the pack keeps working', () => {
    const pack = { ...bundledPack('alexandria'), expires: '2027-03-31' };
    expect(packExpired(pack, new Date(2027, 2, 31, 23, 59))).toBe(false);
    expect(packExpired(pack, new Date(2027, 3, 1, 0, 1))).toBe(true);
    expect(packExpired(bundledPack('alexandria'), new Date(2999, 0, 1))).toBe(false);
    const shown = (now: Date) => JSON.stringify(PackInfo({ pack, source: 'remote', update: null, now }));
    // The day in words, in the reader's language ("March 31, 2027").
    expect(shown(new Date(2027, 3, 1))).toContain(STRINGS.packExpired(formatDay('2027-03-31')));
    expect(shown(new Date(2027, 2, 1))).not.toContain(STRINGS.packExpired(formatDay('2027-03-31')));
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PostCheckDb } from '../../../../entrypoints/background/db';
import { checkForUpdate, loadStoredPack } from '../../../../entrypoints/background/updater/updater';
import { nextCheckInMinutes } from '../../../../entrypoints/background/updater/schedule';
import { bundledPack } from '../../../../rules/packs/index';
import { fakeServer, keys, packDocument, type Served, signed } from './support';

const URL_ = 'https://it.city.example/postcheck/pack.json';
const floor = bundledPack('alexandria').version;
let key: Awaited<ReturnType<typeof keys>>;
let otherKey: Awaited<ReturnType<typeof keys>>;
let db: PostCheckDb;
let n = 0;

beforeAll(async () => {
  key = await keys();
  otherKey = await keys();
});
afterEach(async () => db?.delete());

function setup(serve: () => Served) {
  db = new PostCheckDb(`updater-${++n}`);
  const server = fakeServer(serve);
  const source = { url: URL_, publicKey: key.publicSpkiBase64, packId: 'alexandria' };
  const run = (timeoutMs?: number) => checkForUpdate(source, floor, 360, { db, fetch: server.fetch, now: () => new Date('2026-11-21T12:00:00Z'), random: () => 0.5, timeoutMs });
  return { run, requests: server.requests, source };
}

describe('the pack updater', () => {
  it('applies a newer pack signed with IT’s key, then asks with its ETag; the same pack again is "no change", not an error', async () => {
    const body = await signed(packDocument({ version: floor + 1 }), key.privatePkcs8);
    let served: Served = { body, headers: { etag: '"v2"' } };
    const { run, requests, source } = setup(() => served);
    const status = await run();
    expect(status.lastError).toBeUndefined();
    expect(status.lastSuccess).toBe('2026-11-21T12:00:00.000Z');
    expect((await loadStoredPack(db, source))?.pack.version).toBe(floor + 1);
    const again = await run();
    expect(requests[1]?.['if-none-match']).toBe('"v2"');
    expect(again).toMatchObject({ failures: 0 });
    expect(again.lastError).toBeUndefined();
    // A server without validators that sends the same bytes: also "no change".
    served = { body };
    expect((await run()).lastError).toBeUndefined();
  });

  it('treats 304 Not Modified as a check that changes nothing and verifies nothing', async () => {
    const { run, source } = setup(() => ({ status: 304 }));
    const status = await run();
    expect(status).toMatchObject({ failures: 0, lastResult: 'unchanged', lastCheck: '2026-11-21T12:00:00.000Z' });
    expect(status.lastSuccess).toBeUndefined();
    expect(await loadStoredPack(db, source)).toBeNull();
  });

  const bad: [string, () => Promise<Served>, RegExp][] = [
    ['a tampered pack', async () => {
      const envelope = JSON.parse(await signed(packDocument({ version: floor + 1 }), key.privatePkcs8));
      const doc = JSON.parse(atob(envelope.payload));
      doc.contact = 'Send your password to evil@example.com';
      envelope.payload = btoa(JSON.stringify(doc));
      return { body: JSON.stringify(envelope) };
    }, /signature does not match/],
    ['an unsigned pack', async () => ({ body: JSON.stringify(packDocument({ version: floor + 1 })) }), /not signed/],
    ['a pack signed with another key', async () => ({ body: await signed(packDocument({ version: floor + 1 }), otherKey.privatePkcs8) }), /signature does not match/],
    ['an older pack (downgrade)', async () => ({ body: await signed(packDocument({ version: floor + 1 }), key.privatePkcs8) }), /version \d+ is not newer than the version in use/],
    ['a different pack with the same version (replay)', async () => ({ body: await signed(packDocument({ version: floor + 2, contact: 'Ask Bob.' }), key.privatePkcs8) }), /not newer/],
    ['another city’s pack', async () => ({ body: await signed(packDocument({ id: 'vicksburg', version: floor + 5 }), key.privatePkcs8) }), /not the configured "alexandria"/],
    ['a schema-invalid pack', async () => ({ body: await signed(packDocument({ version: floor + 1, rules: [] }), key.privatePkcs8) }), /not a valid pack/],
    ['an oversized pack', async () => ({ body: 'x'.repeat(3_000_000) }), /too large/],
    ['an HTML error page', async () => ({ body: '<!doctype html><title>Sign in</title>', headers: { 'content-type': 'text/html' } }), /web page/],
    ['HTML served as JSON', async () => ({ body: '<html><body>502 Bad Gateway</body></html>' }), /web page/],
    ['a server error', async () => ({ status: 500, body: 'oops' }), /answered 500/],
    ['not JSON', async () => ({ body: 'version=3' }), /not JSON/],
  ];

  for (const [name, make, reason] of bad) {
    it(`refuses ${name}, says why, and keeps the last good pack`, async () => {
      let served: Served = { body: await signed(packDocument({ version: floor + 2 }), key.privatePkcs8) };
      const { run, source } = setup(() => served);
      await run();
      served = await make();
      const status = await run();
      expect(status.lastError).toMatch(reason);
      expect(status.failures).toBe(1);
      expect(status.lastSuccess).toBe('2026-11-21T12:00:00.000Z');
      expect((await loadStoredPack(db, source))?.pack.version).toBe(floor + 2);
    });
  }

  it('gives up on a server that never answers', async () => {
    const { run } = setup(() => ({ hang: true }));
    const status = await run(50);
    expect(status.lastError).toMatch(/did not answer within/);
  });

  it('does not use a stored pack that no longer verifies (the database is not trusted blindly)', async () => {
    const { run, source } = setup(() => ({}) as Served);
    db = new PostCheckDb(`updater-${++n}`);
    await db.packs.put({ slot: 'active', packId: 'alexandria', version: 99, envelope: '{"format":"x"}', url: URL_, storedAt: '' });
    expect(await loadStoredPack(db, source)).toBeNull();
    void run;
  });
});

describe('update schedule', () => {
  it('checks at the interval when all is well, sooner after failures, never sooner than a minute', () => {
    expect(nextCheckInMinutes(0, 360, 0.5)).toBe(360);
    expect(nextCheckInMinutes(1, 360, 0.5)).toBe(5);
    expect(nextCheckInMinutes(3, 360, 0.5)).toBe(20);
    expect(nextCheckInMinutes(10, 360, 0.5)).toBe(360);
    expect(nextCheckInMinutes(1, 360, 0)).toBe(4);
    expect(nextCheckInMinutes(0, 0.1, 0)).toBe(1);
  });
});

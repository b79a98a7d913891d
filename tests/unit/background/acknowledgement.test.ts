import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { acknowledge, ackStatus } from '../../../entrypoints/background/acknowledgement';
import { PostCheckDb } from '../../../entrypoints/background/db';
import { bundledPack } from '../../../rules/packs/index';

let counter = 0;
const dbs: PostCheckDb[] = [];
function freshDb(): PostCheckDb {
  const db = new PostCheckDb(`test-${++counter}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('acknowledgements', () => {
  const pack = bundledPack('alexandria');

  it('are missing on first run', async () => {
    expect((await ackStatus(freshDb(), pack)).acknowledged).toBeNull();
  });

  it('record the name and date for the pack and policy version', async () => {
    const db = freshDb();
    const status = await acknowledge(db, pack, '  Ana Silva ', new Date('2026-11-21T10:00:00Z'));
    expect(status).toEqual({
      packId: 'alexandria',
      city: pack.city,
      policyVersion: pack.policyVersion,
      required: false,
      acknowledged: { name: 'Ana Silva', acknowledgedAt: '2026-11-21T10:00:00.000Z' },
    });
  });

  it('are asked again when the policy version changes', async () => {
    const db = freshDb();
    await acknowledge(db, pack, 'Ana Silva', new Date());
    expect((await ackStatus(db, { ...pack, policyVersion: `${pack.policyVersion}-rev2` })).acknowledged).toBeNull();
  });

  it('belong to one pack: another city’s policy still needs its own', async () => {
    const db = freshDb();
    await acknowledge(db, pack, 'Ana Silva', new Date());
    expect((await ackStatus(db, bundledPack('vicksburg'))).acknowledged).toBeNull();
  });
});

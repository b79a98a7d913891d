import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { database } from '../../../entrypoints/background/db';

describe('the database', () => {
  it('recovers from a database it cannot open (left at an unknown version) by starting afresh', async () => {
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('postcheck', 999);
      req.onupgradeneeded = () => {
        for (const name of [...req.result.objectStoreNames]) req.result.deleteObjectStore(name);
        req.result.createObjectStore('junk');
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const db = await database();
    expect(db).not.toBeNull();
    await db?.acknowledgements.add({ packId: 'alexandria', policyVersion: '1', name: 'Ana', acknowledgedAt: '2026-11-21T00:00:00Z' });
    expect(await db?.acknowledgements.count()).toBe(1);
    expect(db?.tables.map((t) => t.name).sort()).toEqual(['acknowledgements', 'packs', 'updateStatus']);
  });
});

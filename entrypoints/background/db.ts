/**
 * PostCheck's database on this device (IndexedDB through Dexie). The background
 * is its only writer. It holds acknowledgements, the last good rule pack from
 * IT's address and the updater's status; never drafts or findings.
 */
import Dexie, { type EntityTable } from 'dexie';

export interface Acknowledgement {
  id?: number;
  packId: string;
  /** The pack's policyVersion the employee acknowledged. */
  policyVersion: string;
  /** The name the employee typed (the Alexandria policy's section 6 asks for name and date). */
  name: string;
  /** ISO 8601 date and time. */
  acknowledgedAt: string;
}

/** The last good pack downloaded from IT's address: the signed envelope as received (re-verified when loaded). */
export interface StoredPack {
  slot: 'active';
  packId: string;
  version: number;
  envelope: string;
  url: string;
  /** The server's validators, for the next conditional request. */
  etag?: string;
  lastModified?: string;
  storedAt: string;
}

/** What the updater last did, for the popup and settings. */
export interface UpdateStatus {
  slot: 'status';
  url: string;
  lastCheck?: string;
  /** When a pack was last downloaded and verified (not a 304 or the same bytes again: see lastResult). */
  lastSuccess?: string;
  /** What the last check did: installed a newer pack, found it unchanged (304 or the same bytes), or refused the answer. */
  lastResult?: 'updated' | 'unchanged' | 'refused';
  /** The reason the last check failed, in plain words; absent after a success. */
  lastError?: string;
  /** Consecutive failures, for backoff. */
  failures: number;
  nextCheck?: string;
}

export class PostCheckDb extends Dexie {
  acknowledgements!: EntityTable<Acknowledgement, 'id'>;
  packs!: EntityTable<StoredPack, 'slot'>;
  updateStatus!: EntityTable<UpdateStatus, 'slot'>;

  constructor(name = 'postcheck') {
    super(name);
    this.version(1).stores({ acknowledgements: '++id, [packId+policyVersion]' });
    this.version(2).stores({ acknowledgements: '++id, [packId+policyVersion]', packs: '&slot', updateStatus: '&slot' });
  }
}

const NAME = 'postcheck';
let opening: Promise<PostCheckDb> | null = null;

/**
 * The database, opened; when it cannot be opened (corrupted, or left at a
 * version this build does not know) it is deleted and created afresh: the
 * acknowledgement is asked again and the bundled pack serves until the next
 * update, but PostCheck keeps working. Null when even that fails.
 */
export async function database(): Promise<PostCheckDb | null> {
  opening ??= (async () => {
    const db = new PostCheckDb(NAME);
    // Another connection changed or deleted the database under us: open it again on the next use.
    db.on('versionchange', () => {
      opening = null;
    });
    try {
      await db.open();
      // Opened, but at a version whose stores are not ours (a crash mid-upgrade, another build): treat as corrupted.
      const stores = db.backendDB().objectStoreNames;
      const missing = db.tables.map((t) => t.name).filter((name) => !stores.contains(name));
      if (missing.length) throw new Error(`missing stores: ${missing.join(', ')}`);
      return db;
    } catch (error) {
      console.warn('PostCheck: the database could not be opened; starting a new one.', error);
      db.close();
      await Dexie.delete(NAME);
      const fresh = new PostCheckDb(NAME);
      fresh.on('versionchange', () => {
        opening = null;
      });
      await fresh.open();
      return fresh;
    }
  })();
  try {
    return await opening;
  } catch (error) {
    console.error('PostCheck: no database; acknowledgements and downloaded packs are unavailable.', error);
    opening = null;
    return null;
  }
}

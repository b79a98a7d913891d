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
  lastSuccess?: string;
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

let shared: PostCheckDb | null = null;

export function database(): PostCheckDb {
  shared ??= new PostCheckDb();
  return shared;
}

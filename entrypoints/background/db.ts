/**
 * PostCheck's database on this device (IndexedDB through Dexie). The background
 * is its only writer. It holds acknowledgements; never drafts or findings.
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

export class PostCheckDb extends Dexie {
  acknowledgements!: EntityTable<Acknowledgement, 'id'>;

  constructor(name = 'postcheck') {
    super(name);
    this.version(1).stores({ acknowledgements: '++id, [packId+policyVersion]' });
  }
}

let shared: PostCheckDb | null = null;

export function database(): PostCheckDb {
  shared ??= new PostCheckDb();
  return shared;
}

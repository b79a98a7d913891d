/** Whether the employee has acknowledged the active policy version, and recording that they have. */
import type { Pack } from '../../rules/schema';
import type { AckStatus } from '../../utils/messages';
import type { PostCheckDb } from './db';

export async function ackStatus(db: PostCheckDb | null, pack: Pack, required = false): Promise<AckStatus> {
  const latest = await db?.acknowledgements
    .where('[packId+policyVersion]')
    .equals([pack.id, pack.policyVersion])
    .last();
  return {
    packId: pack.id,
    city: pack.city,
    policyVersion: pack.policyVersion,
    required,
    acknowledged: latest ? { name: latest.name, acknowledgedAt: latest.acknowledgedAt } : null,
  };
}

export async function acknowledge(db: PostCheckDb | null, pack: Pack, name: string, now: Date, required = false): Promise<AckStatus> {
  if (!db) throw new Error('the acknowledgement cannot be stored: no database');
  await db.acknowledgements.add({ packId: pack.id, policyVersion: pack.policyVersion, name: name.trim(), acknowledgedAt: now.toISOString() });
  return ackStatus(db, pack, required);
}

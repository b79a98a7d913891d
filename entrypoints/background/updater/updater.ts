/**
 * Keeps the rule pack current from IT's address: one check (fetch-pack.ts),
 * then an atomic swap of the last good pack in the database, and the status
 * the popup and settings show. Everything it needs is injected (fetch, clock,
 * randomness, database), so it is unit-tested without a browser.
 */
import type { Pack } from '../../../rules/schema';
import { verifySignedPack } from '../../../rules/verify-signed-pack';
import type { PostCheckDb, StoredPack, UpdateStatus } from '../db';
import { type Fetch, fetchSignedPack, type UpdateSource } from './fetch-pack';
import { nextCheckInMinutes } from './schedule';

export interface UpdaterDeps {
  db: PostCheckDb;
  fetch: Fetch;
  now(): Date;
  random(): number;
  timeoutMs?: number;
}

/** The last verification, so each page load does not re-verify and re-parse the same pack. */
let lastVerified: { envelope: string; publicKey: string; pack: Pack } | null = null;

/** The stored pack, if it is for this source's city and still verifies with IT's key (the database is not trusted blindly). */
export async function loadStoredPack(db: PostCheckDb, source: UpdateSource): Promise<{ pack: Pack; stored: StoredPack } | null> {
  const stored = await db.packs.get('active');
  if (!stored || stored.packId !== source.packId) return null;
  if (lastVerified?.envelope === stored.envelope && lastVerified.publicKey === source.publicKey) {
    return lastVerified.pack.id === source.packId ? { pack: lastVerified.pack, stored } : null;
  }
  const verified = await verifySignedPack(stored.envelope, source.publicKey);
  if (!verified.ok) return null;
  lastVerified = { envelope: stored.envelope, publicKey: source.publicKey, pack: verified.pack };
  return verified.pack.id === source.packId ? { pack: verified.pack, stored } : null;
}

/**
 * Checks IT's address once. `floorVersion` is the version of the bundled pack
 * for the city: a download must be newer than both it and the stored pack.
 */
export async function checkForUpdate(source: UpdateSource, floorVersion: number, intervalMinutes: number, deps: UpdaterDeps): Promise<UpdateStatus> {
  const current = await loadStoredPack(deps.db, source);
  const previous = await deps.db.updateStatus.get('status');
  const sameSource = previous?.url === source.url;
  const outcome = await fetchSignedPack(
    source,
    {
      version: Math.max(floorVersion, current?.pack.version ?? 0),
      envelope: current?.stored.envelope,
      ...(current?.stored.url === source.url ? { etag: current.stored.etag, lastModified: current.stored.lastModified } : {}),
    },
    deps.fetch,
    deps.timeoutMs,
  );
  const now = deps.now();
  const failures = outcome.kind === 'rejected' ? (sameSource ? previous.failures : 0) + 1 : 0;
  const status: UpdateStatus = {
    slot: 'status',
    url: source.url,
    lastCheck: now.toISOString(),
    // Only a pack downloaded and verified now is a success: a 304 (or the same bytes again) proves nothing
    // about the pack — anyone on the network path can answer it — so it is recorded as "unchanged".
    lastSuccess: outcome.kind === 'updated' ? now.toISOString() : sameSource ? previous.lastSuccess : undefined,
    lastResult: outcome.kind === 'updated' ? 'updated' : outcome.kind === 'not-modified' ? 'unchanged' : 'refused',
    ...(outcome.kind === 'rejected' ? { lastError: outcome.reason } : {}),
    failures,
    nextCheck: new Date(now.getTime() + nextCheckInMinutes(failures, intervalMinutes, deps.random()) * 60_000).toISOString(),
  };
  await deps.db.transaction('rw', deps.db.packs, deps.db.updateStatus, async () => {
    if (outcome.kind === 'updated') {
      await deps.db.packs.put({
        slot: 'active',
        packId: outcome.pack.id,
        version: outcome.pack.version,
        envelope: outcome.envelope,
        url: source.url,
        etag: outcome.etag,
        lastModified: outcome.lastModified,
        storedAt: now.toISOString(),
      });
    }
    await deps.db.updateStatus.put(status);
  });
  return status;
}

/**
 * One update check, as a pure pipeline over an injected `fetch`: an https://
 * address → conditional GET (the server's ETag / Last-Modified from the last
 * download), no redirects → status → not an HTML page → size cap → the same
 * pack again? → signature → schema → right city → newer version → its
 * rules' own examples pass and it is cheap enough to check with
 * (pack-checks.ts). Any failure is a reason in plain words; the caller keeps
 * the pack it has.
 */
import { packEngineReason } from '../../../rules/pack-checks';
import type { Pack } from '../../../rules/schema';
import { MAX_ENVELOPE_BYTES, packMisfit } from '../../../rules/signed-pack';
import { verifySignedPack } from '../../../rules/verify-signed-pack';
import { packUrlProblem } from '../../../utils/pack-url';

export const FETCH_TIMEOUT_MS = 30_000;

export interface UpdateSource {
  url: string;
  /** IT's public key, base64 SPKI (managed configuration). */
  publicKey: string;
  /** The pack id the city configured; a pack for another city is refused. */
  packId: string;
}

export interface CurrentPack {
  /** The version in use; only a newer one is accepted (no downgrade, no replay of another pack). */
  version: number;
  /** The signed pack in use, exactly as downloaded: the same bytes again mean "no change". */
  envelope?: string;
  /** Validators the server sent with it, for a conditional request (304 when unchanged). */
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'updated'; pack: Pack; envelope: string; etag?: string; lastModified?: string }
  | { kind: 'rejected'; reason: string };

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

const reject = (reason: string): FetchOutcome => ({ kind: 'rejected', reason });

/** Reads a body up to `limit` bytes; null when it is larger. */
async function readCapped(response: Response, limit: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function fetchSignedPack(source: UpdateSource, current: CurrentPack, fetchImpl: Fetch, timeoutMs = FETCH_TIMEOUT_MS): Promise<FetchOutcome> {
  const addressProblem = packUrlProblem(source.url);
  if (addressProblem) return reject(addressProblem);
  const url = new URL(source.url);

  let response: Response;
  try {
    // The extension's service worker gets no HTTP cache to revalidate with, so it sends the validators itself.
    const headers: Record<string, string> = { accept: 'application/json' };
    if (current.etag) headers['if-none-match'] = current.etag;
    if (current.lastModified) headers['if-modified-since'] = current.lastModified;
    // Never followed: a redirect could lead anywhere, and IT publishes the pack at the address it configured.
    const init: RequestInit = { headers, cache: 'no-store', credentials: 'omit', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) };
    response = await fetchImpl(url.href, init);
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return reject(timedOut ? `the server did not answer within ${Math.round(timeoutMs / 1000)} seconds` : 'the server could not be reached');
  }
  if (response.status === 304) return { kind: 'not-modified' };
  // Browsers hand back a manual redirect as an opaque response (status 0); other fetches as the 3xx itself.
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))
    return reject('the server redirected the request elsewhere; PostCheck fetches the pack only from the configured address (publish it there, or configure the final address)');
  if (!response.ok) return reject(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const type = response.headers.get('content-type') ?? '';
  if (/text\/html/i.test(type)) return reject('the server sent a web page, not a rule pack (check the address, or a login or error page is in the way)');
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_ENVELOPE_BYTES) return reject(`the pack is too large (${length} bytes; the limit is ${MAX_ENVELOPE_BYTES})`);

  const body = await readCapped(response, MAX_ENVELOPE_BYTES).catch(() => undefined);
  if (body === undefined) return reject('the download was interrupted');
  if (body === null) return reject(`the pack is too large (over ${MAX_ENVELOPE_BYTES} bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return reject('the file is not valid UTF-8 text');
  }
  if (/^\s*</.test(text)) return reject('the server sent a web page, not a rule pack (check the address, or a login or error page is in the way)');
  if (current.envelope !== undefined && text === current.envelope) return { kind: 'not-modified' };

  const verified = await verifySignedPack(text, source.publicKey);
  if (!verified.ok) return reject(verified.reason);
  const { pack } = verified;
  const misfit = packMisfit(pack, { packId: source.packId, newerThan: current.version });
  if (misfit) return reject(misfit);
  const problem = packEngineReason(pack);
  if (problem) return reject(`the pack cannot be used: ${problem}`);
  return { kind: 'updated', pack, envelope: text, etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
}

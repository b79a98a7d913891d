/**
 * Signed rule packs: the envelope IT publishes, and signing and verifying it
 * with ECDSA P-256 / SHA-256 through WebCrypto (the same code in Node for the
 * CLI and in the service worker for the updater). The signature covers the
 * exact bytes of the pack JSON, carried base64-encoded in the envelope, and
 * the pack is parsed only after the signature holds (verify-signed-pack.ts).
 * Nothing here reads the pack schema, so signing tools and tests load no
 * word lists.
 */
import { z } from 'zod';
import type { Pack } from './schema';

export const SIGNED_PACK_FORMAT = 'postcheck-signed-pack/1';
export const SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';
/** Largest pack accepted (the bundled packs are ~150 KB). */
export const MAX_PACK_BYTES = 2_000_000;
/** Largest signed file accepted: the pack in base64 plus a little JSON. */
export const MAX_ENVELOPE_BYTES = Math.ceil((MAX_PACK_BYTES * 4) / 3) + 4_096;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

export const SignedPackEnvelope = z.strictObject({
  format: z.literal(SIGNED_PACK_FORMAT),
  algorithm: z.literal(SIGNATURE_ALGORITHM),
  payload: base64.max(Math.ceil((MAX_PACK_BYTES * 4) / 3) + 4),
  signature: base64.max(200),
});
export type SignedPackEnvelope = z.infer<typeof SignedPackEnvelope>;

export const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A new signing key pair: the private key as PKCS#8 (keep it secret), the public key as base64 SPKI (goes into managed config). */
export async function generateSigningKeys(): Promise<{ privatePkcs8: Uint8Array; publicSpkiBase64: string }> {
  const pair = (await crypto.subtle.generateKey(ECDSA, true, ['sign', 'verify'])) as CryptoKeyPair;
  const privatePkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const publicSpki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { privatePkcs8, publicSpkiBase64: toBase64(publicSpki) };
}

export async function signPackBytes(packBytes: Uint8Array, privatePkcs8: Uint8Array): Promise<SignedPackEnvelope> {
  const key = await crypto.subtle.importKey('pkcs8', privatePkcs8 as BufferSource, ECDSA, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign(SIGN, key, packBytes as BufferSource));
  return { format: SIGNED_PACK_FORMAT, algorithm: SIGNATURE_ALGORITHM, payload: toBase64(packBytes), signature: toBase64(signature) };
}

export interface PackExpectations {
  /** The city's pack id (managed configuration). */
  packId?: string;
  /** The version in use: only a newer one is accepted (no downgrade, no replay). */
  newerThan?: number;
}

/** Why a valid, signed pack still does not fit this installation, or null when it does. */
export function packMisfit(pack: Pack, expect: PackExpectations): string | null {
  if (expect.packId !== undefined && pack.id !== expect.packId) return `the pack is for "${pack.id}" (${pack.city}), not the configured "${expect.packId}"`;
  if (expect.newerThan !== undefined && pack.version <= expect.newerThan)
    return `version ${pack.version} is not newer than the version in use (${expect.newerThan}); older or repeated packs are refused`;
  return null;
}

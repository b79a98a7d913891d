/**
 * Verifying a signed pack: the signature over the exact bytes first, then the
 * pack itself with the schema. Every failure comes back as a reason in plain
 * words (the updater shows it; the CLI prints it).
 */
import { parseJson } from './json-text';
import { type Pack, parsePack } from './schema';
import { ECDSA, fromBase64, MAX_PACK_BYTES, SIGN, SignedPackEnvelope } from './signed-pack';

export type VerifyResult = { ok: true; pack: Pack } | { ok: false; reason: string };

/** Verifies a signed pack (the envelope's text) with IT's public key, then validates the pack. */
export async function verifySignedPack(envelopeText: string, publicSpkiBase64: string): Promise<VerifyResult> {
  const parsed = parseJson(envelopeText);
  if (!parsed.ok) return { ok: false, reason: `the file ${parsed.problem}` };
  const json = parsed.value;
  const envelope = SignedPackEnvelope.safeParse(json);
  if (!envelope.success) {
    const looksUnsigned = json !== null && typeof json === 'object' && 'rules' in json && 'policies' in json;
    return { ok: false, reason: looksUnsigned ? 'the pack is not signed (sign it with "postcheck sign")' : `the file is not a signed PostCheck pack (${envelope.error.issues[0]?.path.join('.') || 'format'}: ${envelope.error.issues[0]?.message})` };
  }
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('spki', fromBase64(publicSpkiBase64.trim()) as BufferSource, ECDSA, false, ['verify']);
  } catch {
    return { ok: false, reason: 'the configured public key is not a valid ECDSA P-256 key' };
  }
  const payload = fromBase64(envelope.data.payload);
  if (payload.length > MAX_PACK_BYTES) return { ok: false, reason: `the pack is larger than ${MAX_PACK_BYTES} bytes` };
  const valid = await crypto.subtle.verify(SIGN, key, fromBase64(envelope.data.signature) as BufferSource, payload as BufferSource);
  if (!valid) return { ok: false, reason: 'the signature does not match: the pack was changed after signing, or signed with another key' };
  let packText: string;
  try {
    packText = new TextDecoder('utf-8', { fatal: true }).decode(payload);
  } catch {
    return { ok: false, reason: 'the signed pack is not valid UTF-8 text' };
  }
  const packJson = parseJson(packText);
  if (!packJson.ok) return { ok: false, reason: `the signed pack ${packJson.problem}` };
  const pack = parsePack(packJson.value);
  if (!pack.ok) return { ok: false, reason: `the signed pack is not a valid pack: ${pack.errors.slice(0, 3).join('; ')}` };
  return { ok: true, pack: pack.pack };
}

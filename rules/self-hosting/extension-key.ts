/**
 * The extension's packing key: the RSA key a CRX is signed with. Chromium
 * derives an extension's id from the public half of that key, so a CRX packed
 * with the city's own key has the city's own id, and every policy file must
 * name that id — not the id of PostCheck's development key.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/** Chromium's own packer makes 2048-bit RSA keys; the Web Store uses the same. */
const MODULUS_BITS = 2048;

/** A new packing key, as PKCS#8 PEM (what Chromium's --pack-extension-key and crx3 read). */
export function generateExtensionKey(): string {
  return generateKeyPairSync('rsa', { modulusLength: MODULUS_BITS }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** The private RSA key in `pem`, or null when it is not one (a public key, an EC signing key, anything else). */
export function parseExtensionKey(pem: string): KeyObject | null {
  try {
    const key = createPrivateKey(pem);
    return key.asymmetricKeyType === 'rsa' ? key : null;
  } catch {
    return null;
  }
}

/** Chromium's extension id: the first 16 bytes of SHA-256 over the public key (SubjectPublicKeyInfo), each hex digit as a letter a–p. */
export function extensionIdOf(key: KeyObject): string {
  const spki = (key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(spki).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)));
}

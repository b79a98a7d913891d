/**
 * Issue 23, item 7: the `postcheck` verbs IT uses to self-host PostCheck —
 * the packing key, the extension id it gives, the CRX and update manifest,
 * and the policy files for that id. (That a browser installs what they make
 * is tests/e2e/force-install.spec.ts.)
 */
import { execFileSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionIdOf } from '../../../rules/self-hosting/extension-key';
import { FIREFOX_ADDON_ID } from '../../../rules/self-hosting/policy-files';
import { parseManaged } from '../../../utils/managed';
import { runCli as run } from '../support/run-cli';

const fresh = (name: string) => mkdtempSync(path.join(tmpdir(), `postcheck-${name}-`));
const URL_BASE = 'https://it.springfield.gov/postcheck/';
const json = <T = Record<string, unknown>>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
interface ChromiumPolicy {
  ExtensionSettings: Record<string, unknown>;
  '3rdparty': { extensions: Record<string, unknown> };
}
interface FirefoxPolicies {
  policies: { ExtensionSettings: Record<string, unknown>; '3rdparty': { Extensions: Record<string, unknown> } };
}

/** The files of the ZIP inside a CRX3 (after its "Cr24", version and header), read from the ZIP's central directory. */
function crxFiles(crx: Buffer): Map<string, Buffer> {
  expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
  expect(crx.readUInt32LE(4)).toBe(3);
  const zip = crx.subarray(12 + crx.readUInt32LE(8));
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const files = new Map<string, Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const [method, size, nameLength, extra, comment, local] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32), zip.readUInt32LE(at + 42)];
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

let keys: string;
let keyFile: string;
let id: string;
beforeAll(async () => {
  keys = path.join(fresh('self-host'), 'city-keys', 'postcheck');
  const made = await run(['extension-key', '--out', keys]);
  expect(made.code).toBe(0);
  keyFile = path.join(keys, 'postcheck-extension-key.pem');
  id = /Extension id: +([a-p]{32})/.exec(made.stdout)![1]!;
});

describe('postcheck extension-key and extension-id', () => {
  it("gives Chromium's id for a key: the project's own manifest key is gaipkpccmnbbmdidggkfbeccicjahcgl", () => {
    const der = Buffer.from(readFileSync('keys/manifest-key.b64', 'utf8').trim(), 'base64');
    expect(extensionIdOf(createPublicKey({ key: der, format: 'der', type: 'spki' }))).toBe('gaipkpccmnbbmdidggkfbeccicjahcgl');
  });

  it('makes the missing folders, writes the key for its owner only, and prints the id extension-id gives', async () => {
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(id).not.toBe('gaipkpccmnbbmdidggkfbeccicjahcgl');
    expect(await run(['extension-id', '--key', keyFile])).toEqual({ code: 0, stdout: `${id}\n`, stderr: '' });
  });

  it('never writes over a key', async () => {
    const before = readFileSync(keyFile, 'utf8');
    const again = await run(['extension-key', '--out', keys]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(keyFile, 'utf8')).toBe(before);
  });

  it('refuses a file that is not an RSA private key, without quoting it', async () => {
    const dir = fresh('not-rsa');
    expect((await run(['keygen', '--out', dir])).code).toBe(0);
    const result = await run(['extension-id', '--key', path.join(dir, 'postcheck-signing-key.pem')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not an RSA private key (make one with "postcheck extension-key")');
    expect(result.stderr).not.toContain('BEGIN');
  });
});

describe('postcheck pack-extension', () => {
  /** A tiny built extension whose manifest carries another key, as PostCheck's build does. */
  function build(version = '1.2.3'): string {
    const dir = path.join(fresh('build'), 'chrome-mv3');
    mkdirSync(path.join(dir, 'icons'), { recursive: true });
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'PostCheck', version, key: readFileSync('keys/manifest-key.b64', 'utf8').trim() }));
    writeFileSync(path.join(dir, 'icons', 'note.txt'), 'an icon');
    return dir;
  }

  it("packs a CRX3 signed with the city's key, without the development key, and the update manifest for its id", async () => {
    const out = path.join(fresh('publish'), 'publish');
    const result = await run(['pack-extension', build(), '--key', keyFile, '--url', URL_BASE, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Extension id: ${id}`);
    const crx = readFileSync(path.join(out, 'postcheck-1.2.3.crx'));
    expect(crx.includes(createPublicKey(readFileSync(keyFile, 'utf8')).export({ type: 'spki', format: 'der' }))).toBe(true);
    const files = crxFiles(crx);
    expect([...files.keys()].sort()).toEqual(['icons/note.txt', 'manifest.json']);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as { key?: string };
    expect(manifest).toMatchObject({ name: 'PostCheck', version: '1.2.3' });
    expect(manifest.key).toBeUndefined();
    const xml = readFileSync(path.join(out, 'updates.xml'), 'utf8');
    expect(xml).toContain(`<app appid='${id}'>`);
    expect(xml).toContain(`<updatecheck codebase='${URL_BASE}postcheck-1.2.3.crx' version='1.2.3' />`);
  });

  it('reads a relative key from its own folder even when $PWD says otherwise (crx3 would make a new key there)', () => {
    const folder = fresh('relative');
    mkdirSync(path.join(folder, 'city-keys'));
    writeFileSync(path.join(folder, 'city-keys', 'key.pem'), readFileSync(keyFile));
    const printed = execFileSync(process.execPath, [path.resolve('bin/postcheck.mjs'), 'pack-extension', build(), '--key', 'city-keys/key.pem', '--url', URL_BASE, '--out', 'publish'], {
      cwd: folder,
      env: { ...process.env, PWD: tmpdir() },
      encoding: 'utf8',
    });
    expect(printed).toContain(`Extension id: ${id}`);
    expect(existsSync(path.join(tmpdir(), 'city-keys'))).toBe(false);
  }, 120_000);

  it('replaces earlier files only with --force, and writes nothing when one is in the way', async () => {
    const out = fresh('again');
    const folder = build('2.0.0');
    writeFileSync(path.join(out, 'updates.xml'), 'old');
    const refused = await run(['pack-extension', folder, '--key', keyFile, '--url', URL_BASE, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('updates.xml already exists; give --force to replace it.');
    expect(existsSync(path.join(out, 'postcheck-2.0.0.crx'))).toBe(false);
    expect((await run(['pack-extension', folder, '--key', keyFile, '--url', URL_BASE, '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(path.join(out, 'updates.xml'), 'utf8')).toContain("version='2.0.0'");
  });

  it('names what is missing: a build, the key, an https address', async () => {
    const noBuild = await run(['pack-extension', fresh('empty'), '--key', keyFile, '--url', URL_BASE]);
    expect(noBuild.stderr).toContain('holds no built extension (manifest.json): run "npm run build" in the PostCheck folder first');
    expect((await run(['pack-extension', build(), '--url', URL_BASE])).stderr).toContain('pack-extension needs the packing key and the server');
    const http = await run(['pack-extension', build(), '--key', keyFile, '--url', 'http://it.springfield.gov/postcheck/']);
    expect(http.code).toBe(2);
    expect(http.stderr).toContain('is not an https:// address');
    const missingKey = await run(['pack-extension', build(), '--key', path.join(fresh('nokey'), 'nothing.pem'), '--url', URL_BASE]);
    expect(missingKey.stderr).toContain('no such file or folder');
  });
});

describe('postcheck policy-files', () => {
  let out: string;
  let signingPublicKey: string;
  beforeAll(async () => {
    const dir = fresh('policies');
    await run(['keygen', '--out', dir]);
    signingPublicKey = path.join(dir, 'postcheck-signing-key.pub.txt');
    writeFileSync(path.join(dir, 'city.json'), JSON.stringify({ cityName: 'City of Springfield', strictMode: true, workDays: [1, 2, 3, 4, 5] }));
    out = path.join(dir, 'policies');
    const result = await run([
      'policy-files', '--key', keyFile, '--url', 'https://it.springfield.gov/postcheck', '--out', out, '--config', path.join(dir, 'city.json'),
      '--pack-id', 'template', '--pack-url', 'https://it.springfield.gov/postcheck/pack.json', '--pack-public-key', signingPublicKey,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it("force-installs the city's id from its update manifest, updates included, and configures it with real settings", () => {
    const policy = json<ChromiumPolicy>(path.join(out, 'postcheck.json'));
    expect(Object.keys(policy.ExtensionSettings)).toEqual([id]);
    expect(policy.ExtensionSettings[id]).toEqual({
      installation_mode: 'force_installed',
      update_url: 'https://it.springfield.gov/postcheck/updates.xml',
      override_update_url: true,
      toolbar_pin: 'force_pinned',
    });
    const config = policy['3rdparty'].extensions[id];
    const { config: parsed, problems } = parseManaged(config);
    expect(problems).toEqual([]);
    expect(parsed).toEqual({
      cityName: 'City of Springfield', strictMode: true, workDays: [1, 2, 3, 4, 5], packId: 'template',
      packUrl: 'https://it.springfield.gov/postcheck/pack.json', packPublicKey: readFileSync(signingPublicKey, 'utf8').trim(),
    });
    expect(json(path.join(out, 'managed-config.json'))).toEqual(config);
    expect(json(path.join(out, 'extension-settings.json'))).toEqual(policy.ExtensionSettings);
  });

  it("gives Firefox the same settings for the Firefox build's add-on id", () => {
    expect(readFileSync('wxt.config.ts', 'utf8')).toContain(`id: '${FIREFOX_ADDON_ID}'`);
    const { policies } = json<FirefoxPolicies>(path.join(out, 'firefox-policies.json'));
    expect(policies.ExtensionSettings[FIREFOX_ADDON_ID]).toEqual({ installation_mode: 'force_installed', install_url: 'https://it.springfield.gov/postcheck/postcheck.xpi' });
    expect(policies['3rdparty'].Extensions[FIREFOX_ADDON_ID]).toEqual(json(path.join(out, 'managed-config.json')));
  });

  it('refuses settings the browser would drop, and writes nothing', async () => {
    const dir = fresh('bad-settings');
    writeFileSync(path.join(dir, 'city.json'), JSON.stringify({ strictmode: true, workDays: 'Mon-Fri' }));
    const result = await run(['policy-files', '--key', keyFile, '--url', URL_BASE, '--out', path.join(dir, 'out'), '--config', path.join(dir, 'city.json'), '--pack-url', 'http://it.springfield.gov/pack.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('strictmode: not a PostCheck setting');
    expect(result.stderr).toContain('workDays: must be a list of integers');
    expect(result.stderr).toContain('packUrl: must be an https:// address');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    const wrongKey = await run(['policy-files', '--key', keyFile, '--url', URL_BASE, '--out', dir, '--pack-public-key', keyFile]);
    expect(wrongKey.stderr).toContain('is not a pack signing public key');
  });
});

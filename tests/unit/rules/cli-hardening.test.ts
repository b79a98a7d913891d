/**
 * Issue 25, item 5: the `postcheck` command with odd arguments. Keys are
 * written exclusively; `sign` never writes over the key, an existing file
 * (without --force) or through a link, decodes strictly and signs only a
 * valid pack; `check --config` is validated; missing folders are created or
 * named; no error quotes a file's contents.
 */
import { existsSync, lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../support/run-cli';

const fresh = (name: string) => mkdtempSync(path.join(tmpdir(), `postcheck-${name}-`));
const KEY = 'postcheck-signing-key.pem';
const PUB = 'postcheck-signing-key.pub.txt';

/** A folder with a key pair and the exported Alexandria pack. */
let dir: string;
let key: string;
let pack: string;
beforeAll(async () => {
  dir = fresh('hardening');
  expect((await run(['keygen', '--out', dir])).code).toBe(0);
  key = path.join(dir, KEY);
  pack = path.join(dir, 'pack.json');
  writeFileSync(pack, (await run(['export', 'alexandria'])).stdout);
});

describe('postcheck keygen', () => {
  it('creates a missing output folder (owner-only) and writes the private key owner-only', async () => {
    const out = path.join(fresh('keygen'), 'it', 'keys');
    expect((await run(['keygen', '--out', out])).code).toBe(0);
    expect(lstatSync(out).mode & 0o777).toBe(0o700);
    expect(lstatSync(path.join(out, KEY)).mode & 0o777).toBe(0o600);
  });

  it('refuses a dangling symbolic link where the key would go, and writes nothing through it', async () => {
    const out = fresh('keygen-link');
    const target = path.join(fresh('elsewhere'), 'stolen.pem');
    symlinkSync(target, path.join(out, KEY));
    const result = await run(['keygen', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('already exists; PostCheck will not overwrite a signing key');
    expect(existsSync(target)).toBe(false);
  });

  it('refuses when only the public key file is already there, leaving no half pair behind', async () => {
    const out = fresh('keygen-pub');
    writeFileSync(path.join(out, PUB), 'someone else’s key\n');
    expect((await run(['keygen', '--out', out])).code).toBe(2);
    expect(existsSync(path.join(out, KEY))).toBe(false);
    expect(readFileSync(path.join(out, PUB), 'utf8')).toBe('someone else’s key\n');
  });

  it('says plainly when the folder cannot be made', async () => {
    const file = path.join(fresh('keygen-file'), 'a-file');
    writeFileSync(file, '');
    const result = await run(['keygen', '--out', path.join(file, 'keys')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^postcheck: Cannot create the folder .*a-file\/keys: a part of the path is not a folder\n$/);
  });
});

describe('postcheck sign', () => {
  it('will not write the signed pack over the private key, even with --force, nor through a link to it', async () => {
    const before = readFileSync(key, 'utf8');
    const link = path.join(dir, 'innocent.json');
    symlinkSync(key, link);
    for (const args of [['--out', key], ['--out', key, '--force'], ['--out', link, '--force']]) {
      const result = await run(['sign', pack, '--key', key, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('is the private key; PostCheck will not write a signed pack over it');
    }
    expect(readFileSync(key, 'utf8')).toBe(before);
  });

  it('will not replace an existing file without --force, and replaces it (not what a link points to) with it', async () => {
    const out = path.join(dir, 'existing.signed.json');
    writeFileSync(out, 'keep me');
    const refused = await run(['sign', pack, '--key', key, '--out', out]);
    expect(refused).toMatchObject({ code: 2 });
    expect(refused.stderr).toContain('already exists; give --force to replace it');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await run(['sign', pack, '--key', key, '--out', out, '--force'])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('postcheck-signed-pack/1');

    const elsewhere = path.join(fresh('sign-elsewhere'), 'precious.txt');
    writeFileSync(elsewhere, 'precious');
    const link = path.join(dir, 'link.signed.json');
    symlinkSync(elsewhere, link);
    expect((await run(['sign', pack, '--key', key, '--out', link, '--force'])).code).toBe(0);
    expect(readFileSync(elsewhere, 'utf8')).toBe('precious');
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
  });

  it('refuses a pack that is not valid UTF-8 (the extension would refuse it) and writes nothing', async () => {
    const bad = path.join(dir, 'latin1.json');
    // "Alexandría" saved as Latin-1: the byte 0xED alone is not UTF-8.
    writeFileSync(bad, Buffer.from(readFileSync(pack, 'utf8').replace('City of Alexandria', 'City of Alexandr\u00eda'), 'latin1'));
    const result = await run(['sign', bad, '--key', key]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a valid pack, so it was not signed: it is not valid UTF-8 text');
    expect(existsSync(path.join(dir, 'latin1.signed.json'))).toBe(false);
  });

  it('names a missing output folder plainly, without a stack trace', async () => {
    const result = await run(['sign', pack, '--key', key, '--out', path.join(dir, 'no', 'such', 'folder', 'pack.signed.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^postcheck: Cannot write .*pack\.signed\.json: the folder .*no\/such\/folder does not exist\n$/);
  });

  it('says a key file that is not a key is not one, without a stack trace', async () => {
    const notKey = path.join(dir, 'not-a-key.pem');
    writeFileSync(notKey, '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n');
    const result = await run(['sign', pack, '--key', notKey, '--out', path.join(dir, 'x.signed.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not an ECDSA P-256 private key');
  });
});

describe('postcheck check --config', () => {
  it('refuses a lexicon of the wrong shape with the field named, instead of skipping rules silently', async () => {
    const config = path.join(dir, 'springfield.json');
    writeFileSync(config, JSON.stringify({ cityNames: 'City of Springfield', emailDomain: ['springfield.gov'] }));
    const result = await run(['check', '--pack', 'template', '--config', config, 'I work for the City of Springfield']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a valid city lexicon');
    expect(result.stderr).toMatch(/cityNames: .*expected array/);
    expect(result.stderr).toMatch(/emailDomain/);
  });

  it('uses a valid lexicon', async () => {
    const config = path.join(dir, 'springfield-ok.json');
    writeFileSync(config, JSON.stringify({ cityNames: ['City of Springfield'], emailDomains: ['springfield.gov'] }));
    const result = await run(['check', '--pack', 'template', '--config', config, '--rules-only', 'Email me at dave@springfield.gov about the permit']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('official-capacity');
  });
});

describe('no file contents in errors', () => {
  const SECRET = 'hunter2-very-secret-token';

  it('validate, sign and check --config say where a file is not JSON, never what it says', async () => {
    const secretFile = path.join(dir, 'secrets.json');
    writeFileSync(secretFile, `password=${SECRET}\n`);
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, `{\n  "id": "x",\n  "note": "${SECRET}" oops\n}`);
    const results = await Promise.all([
      run(['validate', secretFile]),
      run(['validate', broken]),
      run(['sign', secretFile, '--key', key, '--out', path.join(dir, 's1.json')]),
      run(['check', '--config', broken, 'hello']),
      run(['check', '--pack', secretFile, 'hello']),
    ]);
    for (const r of results) {
      expect(r.code).toBeGreaterThan(0);
      expect(r.stderr + r.stdout).not.toContain(SECRET);
      expect(r.stderr + r.stdout).not.toContain('password');
    }
    expect(results[0]!.stderr).toContain('is not a valid pack: it is not JSON (error at line 1, column 1)\n');
    expect(results[1]!.stderr).toContain('it is not JSON (error at line 3, column');
  });

  it('hash-image names a corrupt image plainly', async () => {
    const png = path.join(dir, 'truncated.png');
    writeFileSync(png, readFileSync('rules/packs/vicksburg/insignia/placeholder-seal.png').subarray(0, 200));
    const result = await run(['hash-image', png]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a readable PNG or JPEG image');
  });
});

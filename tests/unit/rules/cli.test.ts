/** The `postcheck` command as the README and docs/rule-packs.md describe it, driven through its main() with in-memory streams. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../rules/packs/index';
import { runCli as run } from '../support/run-cli';

describe('postcheck check', () => {
  it('prints a grievance citing Procedure 8 for the Vicksburg example', async () => {
    const { code, stdout } = await run(['check', '--pack', 'vicksburg', 'my supervisor is a lazy idiot']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/WARN {2}grievance/);
    expect(stdout).toContain('§Procedure 8');
  });

  it('prints nothing for union talk in El Paso', async () => {
    const { code, stdout } = await run(['check', '--pack', 'el-paso', 'Our union meets Thursday to talk about overtime pay, all welcome']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('reads standard input and prints JSON findings', async () => {
    const { stdout } = await run(['check', '--json'], 'the memo is CONFIDENTIAL');
    const parsed = JSON.parse(stdout) as { findings: { category: string; start: number; end: number }[] };
    expect(parsed.findings.map((f) => f.category)).toEqual(['confidential']);
    expect(parsed.findings[0]).toMatchObject({ start: 12, end: 24 });
  });

  it('checks JSON lines in order and reports a bad line without stopping', async () => {
    const { code, stdout, stderr } = await run(['check', '--pack', 'alexandria', '--jsonl'], '{"id":"1","text":"door code is 4471"}\n{oops\n{"id":"2","text":"nice day"}\n');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; findings: unknown[] });
    expect(lines.map((l) => l.id)).toEqual(['1', '2']);
    expect(lines[0]!.findings.length).toBe(1);
    expect(lines[1]!.findings).toEqual([]);
    expect(stderr).toContain('line 2');
    expect(code).toBe(1);
  });

  it('refuses an unknown pack with a clear message', async () => {
    const { code, stderr } = await run(['check', '--pack', 'springfield', 'hi']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown pack "springfield"');
  });
});

describe('postcheck packs, validate, export', () => {
  it('lists the four bundled packs', async () => {
    const { stdout } = await run(['packs']);
    for (const id of ['alexandria', 'el-paso', 'vicksburg', 'template']) expect(stdout).toContain(id);
  });

  it('validates an exported pack and rejects a broken one with readable errors', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postcheck-'));
    const exported = await run(['export', 'el-paso']);
    const good = path.join(dir, 'good.json');
    writeFileSync(good, exported.stdout);
    expect((await run(['validate', good])).code).toBe(0);

    const broken = JSON.parse(exported.stdout) as { rules: { id: string; severity: string }[] };
    broken.rules[0]!.severity = 'catastrophic';
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(broken));
    const result = await run(['validate', bad]);
    expect(result.code).toBe(1);
    // By the rule's id and the field, not its position (issue 23, item 7).
    expect(result.stderr).toContain(`rule "${broken.rules[0]!.id}": severity: Invalid option`);
    expect(result.stderr).not.toMatch(/rules\.0/);

    const notJson = path.join(dir, 'not.json');
    writeFileSync(notJson, '<html>500</html>');
    const html = await run(['validate', notJson]);
    expect(html.code).toBe(1);
    expect(html.stderr).toContain('is not a valid pack: it is not JSON (error at line 1, column 1)');
  });
});

describe('postcheck keygen, sign, verify (the worked example of docs/deployment.md)', () => {
  it('signs a pack that verifies with the public key, refuses tampering, and never overwrites a key', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postcheck-sign-'));
    const keygen = await run(['keygen', '--out', dir]);
    expect(keygen.code).toBe(0);
    const publicKey = path.join(dir, 'postcheck-signing-key.pub.txt');
    const privateKey = path.join(dir, 'postcheck-signing-key.pem');
    expect(keygen.stdout).toContain('"packPublicKey"');
    expect((await run(['keygen', '--out', dir])).code).toBe(2);

    const packFile = path.join(dir, 'pack.json');
    writeFileSync(packFile, (await run(['export', 'alexandria'])).stdout);
    const sign = await run(['sign', packFile, '--key', privateKey]);
    expect(sign.code).toBe(0);
    const signedFile = path.join(dir, 'pack.signed.json');
    const verify = await run(['verify', signedFile, '--public-key', publicKey]);
    expect(verify).toMatchObject({ code: 0 });
    expect(verify.stdout).toContain('signature valid; pack "alexandria"');

    const { readFileSync } = await import('node:fs');
    const envelope = JSON.parse(readFileSync(signedFile, 'utf8'));
    envelope.payload = Buffer.from(Buffer.from(envelope.payload, 'base64').toString('utf8').replace('Alexandria', 'Alexandrina')).toString('base64');
    writeFileSync(signedFile, JSON.stringify(envelope));
    const tampered = await run(['verify', signedFile, '--public-key', publicKey]);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('signature does not match');
  });

  it('does not sign an invalid pack', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postcheck-sign-'));
    await run(['keygen', '--out', dir]);
    const packFile = path.join(dir, 'broken.json');
    writeFileSync(packFile, JSON.stringify({ id: 'x' }));
    const result = await run(['sign', packFile, '--key', path.join(dir, 'postcheck-signing-key.pem')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a valid pack, so it was not signed');
  });
});

describe('postcheck hash-image', () => {
  it('prints the fingerprint a pack carries for its seal', async () => {
    const result = await run(['hash-image', 'rules/packs/vicksburg/insignia/placeholder-seal.png']);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { fingerprint: string; shape: string };
    expect(printed.shape).toBe('round');
    expect(JSON.stringify(bundledPack('vicksburg').imageRules)).toContain(printed.fingerprint);
  });

  it('refuses what is not a PNG or JPEG, and a wrong shape, with exit 2', async () => {
    const notImage = await run(['hash-image', 'README.md']);
    expect(notImage.code).toBe(2);
    expect(notImage.stderr).toContain('is not a PNG or JPEG image');
    expect((await run(['hash-image', 'rules/packs/vicksburg/insignia/placeholder-seal.png', '--shape', 'oval'])).stderr).toContain('--shape is round');
    expect((await run(['hash-image'])).code).toBe(2);
  });
});

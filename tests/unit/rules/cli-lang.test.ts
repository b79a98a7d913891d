// `postcheck check --lang es`: the pack's Spanish where it has it, for whoever writes or reviews a pack's translations.
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../rules/packs/index';
import { runCli as run } from '../support/run-cli';

describe('postcheck check --lang', () => {
  it('prints El Paso’s notes in Spanish, the clause text as quoted', async () => {
    const { code, stdout } = await run(['check', '--rules-only', '--pack', 'el-paso', '--lang', 'es', '--json', 'the annex door code is 5591']);
    expect(code).toBe(0);
    const [finding] = JSON.parse(stdout).findings;
    const pack = bundledPack('el-paso');
    // Worded for what it found, a door code, in the pack's Spanish.
    expect(finding).toMatchObject({ ruleId: 'confidential-secrets', message: pack.translations?.es?.rules?.['confidential-secrets']?.kinds?.code?.message, translated: true });
    expect(finding.clauses[0].text).toBe(pack.policies[0]!.clauses.find((c) => c.section === 'III.A.3.f')!.text);
  });

  it('falls back to English for a pack without Spanish', async () => {
    const { stdout } = await run(['check', '--rules-only', '--pack', 'alexandria', '--lang', 'es', 'the annex door code is 5591']);
    expect(stdout).toContain('This looks like a door, gate or alarm code.');
  });

  it('refuses a language PostCheck does not speak', async () => {
    const { code, stderr } = await run(['check', '--lang', 'fr', 'hello']);
    expect(code).not.toBe(0);
    expect(stderr).toContain('Unknown language "fr". PostCheck speaks en, es.');
  });
});

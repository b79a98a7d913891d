// `postcheck check` with the sentence judge (as bin/postcheck.mjs runs it) and without (--rules-only): the same
// artifact as the extension, the --jsonl contract unchanged, and a judge that cannot load falls back to the rules.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../rules/cli';
import { loadNodeJudge } from '../../../utils/judgment/node-judge';

async function run(argv: string[], input = '', deps = { loadJudge: () => loadNodeJudge() }) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  stdin.end(input);
  const code = await main(argv, { stdin, stdout, stderr }, deps);
  return { code, out, err };
}

/** A dig at a coworker with none of the rules' words; the judge reads it (see tests/e2e/judgment.spec.ts). */
const JUDGE_ONLY = 'Funny how a certain someone in my division always vanishes right before the real work starts, then takes the credit at the staff meeting. Every. Single. Time.';

describe('postcheck check with the sentence judge', () => {
  it('finds what only the judge sees, worded as a judgment; --rules-only does not', async () => {
    const judged = await run(['check', '--pack', 'alexandria', '--json', JUDGE_ONLY]);
    expect(judged.code).toBe(0);
    const findings = JSON.parse(judged.out).findings as { ruleId: string; message: string }[];
    expect(findings.map((f) => f.ruleId)).toContain('judgment-grievance');
    expect(findings.find((f) => f.ruleId === 'judgment-grievance')!.message).toMatch(/^This may read as/);
    const rulesOnly = await run(['check', '--pack', 'alexandria', '--json', '--rules-only', JUDGE_ONLY]);
    expect(JSON.parse(rulesOnly.out).findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('judgment-grievance');
  }, 30_000);

  it('keeps the --jsonl contract: one {"id","findings"} line per input line, bad lines reported', async () => {
    const input = `${JSON.stringify({ id: 'a', text: JUDGE_ONLY })}\nnot json\n${JSON.stringify({ id: 'b', text: 'Lovely walk by the river today' })}\n`;
    const { code, out, err } = await run(['check', '--pack', 'alexandria', '--jsonl'], input);
    expect(code).toBe(1);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; findings: unknown[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]!.findings.length).toBeGreaterThan(0);
    expect(lines[1]!.findings).toEqual([]);
    expect(err).toContain('line 2: not valid JSON');
  }, 30_000);

  it('falls back to the rules, and says so, when the model cannot load', async () => {
    const { code, out, err } = await run(['check', '--pack', 'alexandria', '--json', 'the annex door code is 5591'], '', {
      loadJudge: async () => Promise.reject(new Error('no WebAssembly here')),
    });
    expect(code).toBe(0);
    expect(err).toContain('the judgment model could not load (no WebAssembly here); checking with the rules alone');
    expect(JSON.parse(out).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['confidential-secrets']);
  });
});

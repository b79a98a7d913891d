/**
 * Every shell command in docs/deployment.md, docs/rule-packs.md and docs/new-city.md, run
 * exactly as written (issue 23, item 7): the fenced ```sh and ```bash blocks
 * of each document, in order, in one new folder per document, with
 * `npx postcheck` resolving to this repository — as an IT administrator or a
 * communications officer would type them. A command that fails fails the test.
 *
 * A block may be marked on the line before it:
 *   <!-- docs-test: skip (why, and the test that covers it: tests/e2e/force-install.spec.ts) -->
 *     for steps that need a browser, root or another machine; the named test must exist;
 *   <!-- docs-test: in the PostCheck folder -->
 *     for steps the document says to run in the PostCheck folder (npm run build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve('.');
const DOCS = ['docs/deployment.md', 'docs/rule-packs.md', 'docs/new-city.md'];

type Mark = { kind: 'run' } | { kind: 'repo' } | { kind: 'skip'; reason: string };
interface Block {
  line: number;
  language: string;
  code: string;
  mark: Mark;
}

function markOf(comment: string | undefined): Mark | string {
  if (comment === undefined) return { kind: 'run' };
  const text = /^<!--\s*docs-test:\s*(.+?)\s*-->$/.exec(comment)?.[1];
  if (!text) return { kind: 'run' };
  if (text === 'in the PostCheck folder') return { kind: 'repo' };
  const skip = /^skip \((.+)\)$/.exec(text);
  return skip ? { kind: 'skip', reason: skip[1]! } : `unknown docs-test mark "${text}"`;
}

/** The fenced blocks of a Markdown document, each with the HTML comment on the line before it (blank lines between allowed). */
function fencedBlocks(markdown: string): { blocks: Block[]; problems: string[] } {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  const problems: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Fences may be indented (a block inside a list item): the indentation is taken off every line.
    const open = /^(\s*)```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const [indent, language] = [open[1]!, open[2]!];
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) body.push(lines[i]!.startsWith(indent) ? lines[i]!.slice(indent.length) : lines[i]!);
    let before = start - 1;
    while (before >= 0 && !lines[before]!.trim()) before--;
    const previous = lines[before]?.trim();
    const mark = markOf(previous?.startsWith('<!--') ? previous : undefined);
    if (typeof mark === 'string') problems.push(`line ${start + 1}: ${mark}`);
    else blocks.push({ line: start + 1, language, code: body.join('\n'), mark });
  }
  return { blocks, problems };
}

/** Every test file under tests/, by its path and by its name alone. */
function testFiles(dir = 'tests'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : testFiles(file);
    return /\.(spec|test)\.tsx?$/.test(entry.name) ? [file, entry.name] : [];
  });
}

/** The environment of an ordinary shell: the test runner's own variables removed, `npx postcheck` and `postcheck` this repository's. */
function shellEnvironment(bin: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(VITEST|TEST$|NODE_ENV$|NODE_OPTIONS$)/.test(key)) env[key] = value;
  env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`;
  env.npm_config_yes = 'false'; // never let npx fetch a package of the same name from the registry
  env.npm_config_offline = 'true';
  return env;
}

describe.each(DOCS)('%s', (doc) => {
  const { blocks, problems } = fencedBlocks(readFileSync(doc, 'utf8'));
  const shell = blocks.filter((block) => block.language === 'sh' || block.language === 'bash');
  let folder: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), `postcheck-docs-${path.basename(doc, '.md')}-`));
    // What `npm install` of PostCheck would give: its command in node_modules/.bin, where npx looks first.
    const bin = path.join(folder, 'node_modules', '.bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(path.join(REPO, 'bin', 'postcheck.mjs'), path.join(bin, 'postcheck'));
    env = shellEnvironment(bin);
  });

  it('marks blocks only with marks the test knows, names a language on every block, and has commands to run', () => {
    expect(problems).toEqual([]);
    expect(blocks.filter((block) => !block.language).map((block) => block.line)).toEqual([]);
    expect(shell.filter((block) => block.mark.kind !== 'skip').length).toBeGreaterThan(0);
  });

  it('names, for every block it skips, the test that covers it', () => {
    const tests = new Set(testFiles());
    for (const block of shell) {
      if (block.mark.kind !== 'skip') continue;
      const named = block.mark.reason.match(/[\w./-]+\.(?:spec|test)\.tsx?/g) ?? [];
      expect(named, `${doc}:${block.line} skips without naming a test`).not.toEqual([]);
      for (const name of named) expect(tests.has(name), `${doc}:${block.line} names ${name}, which does not exist`).toBe(true);
    }
  });

  for (const block of shell) {
    const title = `line ${block.line}: ${block.code.split('\n')[0]}${block.code.includes('\n') ? ' …' : ''}`;
    if (block.mark.kind === 'skip') {
      it.skip(`${title} (${block.mark.reason})`, () => {});
      continue;
    }
    it(title, () => {
      const result = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', block.code], {
        cwd: block.mark.kind === 'repo' ? REPO : folder,
        env,
        encoding: 'utf8',
        timeout: 900_000,
      });
      expect(result.status, `${doc}:${block.line} failed:\n${block.code}\n--- stderr ---\n${result.stderr}\n--- stdout ---\n${result.stdout.slice(-2_000)}`).toBe(0);
    }, 900_000);
  }
});

describe('docs/deployment.md', () => {
  it('names only files that exist', () => {
    const text = readFileSync('docs/deployment.md', 'utf8');
    const named = [...text.matchAll(/`((?:docs|tests|public|rules|utils|scripts|keys|bin|examples)\/[^`\s]*)`|\]\(((?!https?:|#)[^)#\s]+)/g)]
      .map((m) => m[1] ?? m[2]!)
      .filter((name) => !/[…<*]/.test(name));
    expect(named.length).toBeGreaterThan(5);
    const missing = named.filter((name) => !existsSync(name) && !existsSync(path.join('docs', name)));
    expect(missing).toEqual([]);
  });
});

/**
 * Pack text (clauses, messages, contact lines) and draft text are rendered as
 * text everywhere: Preact escapes what it renders, and no source file uses an
 * HTML or code sink that would bypass that.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SINKS = /innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\(|new Function\(|srcdoc/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

describe('no HTML or code sinks in shipped code', () => {
  const files = ['entrypoints', 'components', 'utils', 'rules'].flatMap(sourceFiles);

  it('scans the shipped source', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('finds none', () => {
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line.trim() }))
        .filter(({ text }) => SINKS.test(text) && !text.startsWith('//') && !text.startsWith('*')),
    );
    expect(hits).toEqual([]);
  });
});

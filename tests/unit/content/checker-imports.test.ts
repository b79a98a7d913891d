// The page's checker script (rules/check-engine.ts and everything it imports at run time) stays free of zod:
// the schema is for packs arriving at the background and the CLI; on the sites it would only add weight
// (≈ 25 KB gzip — it did once, through one value import of a constant from rules/schema.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const IMPORT = /^\s*import\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm;

/** Specifiers a module imports for use at run time (type-only imports are erased by the build). */
function runtimeImports(source: string): string[] {
  const out: string[] = [];
  for (const [, typeOnly, clause, from] of source.matchAll(IMPORT)) {
    if (typeOnly) continue;
    const named = clause!.match(/\{([^}]*)\}/)?.[1];
    const defaultOrStar = clause!.replace(/\{[^}]*\}/, '').replace(/,/g, '').trim();
    const valueNames = named?.split(',').map((s) => s.trim()).filter((s) => s && !s.startsWith('type ')) ?? [];
    if (defaultOrStar || valueNames.length) out.push(from!);
  }
  return out;
}

function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (existsSync(candidate) && !candidate.endsWith('/')) return candidate;
  return null;
}

function packagesReachedFrom(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !/\.tsx?$/.test(file)) continue;
    seen.add(file);
    for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) packages.add(specifier.split('/')[0]!);
      else {
        const next = resolveModule(file, specifier);
        if (next) queue.push(next);
      }
    }
  }
  return packages;
}

describe("the page's checker script", () => {
  it('imports no zod at run time', () => {
    const packages = packagesReachedFrom(resolve(root, 'rules/check-engine.ts'));
    expect(packages.size).toBeGreaterThan(0);
    expect([...packages]).not.toContain('zod');
  });
});

/**
 * The rules alone on Spanish and mixed drafts (tests/fixtures/spanish/drafts.jsonl,
 * the team's own, labelled per LABELS.md): drafts that call for nothing stay
 * unflagged — harmless "matar", "basura", "confidencial", "clave", "código",
 * border slang, sports trash talk, union talk, complaints, criticism of policy
 * and of Juárez's officials — and the set's problems are found at least as often
 * as when it was written. Not a measure of quality: the rules were written beside
 * these drafts (docs/checker.md has the figures and the caveat).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../../rules/engine';
import { foldText } from '../../../rules/fold';
import { bundledPack } from '../../../rules/packs/index';

interface Draft {
  id: string;
  lang: 'es' | 'mixed';
  text: string;
  expect: string[];
  accept: string[];
}

const file = fileURLToPath(new URL('../../fixtures/spanish/drafts.jsonl', import.meta.url));
const drafts: Draft[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Draft);
const pack = bundledPack('el-paso');

/** The categories a draft is flagged for, as a labeller counts them: warn or block (personal safety at any severity). */
function flagged(text: string): Set<string> {
  return new Set(check(text, pack).flatMap((f) => (f.severity !== 'info' || f.category === 'personal-safety' ? [f.category] : [])));
}

describe('Spanish and mixed drafts, the rules alone (el-paso)', () => {
  const clean = drafts.filter((d) => !d.expect.length);
  const problems = drafts.filter((d) => d.expect.length);

  it('is a set of both kinds', () => {
    expect(clean.length).toBeGreaterThanOrEqual(30);
    expect(problems.length).toBeGreaterThanOrEqual(30);
  });

  it.each(clean.map((d) => [d.id, d.text, d.accept] as const))('%s flags nothing it does not call for: %s', (_id, text, accept) => {
    expect([...flagged(text)].filter((c) => !accept.includes(c))).toEqual([]);
  });

  // The structured data, the unannounced decisions and the swearing, insults, slurs and threats this set was written for.
  const inScope = problems.filter((d) => d.expect.some((c) => c === 'confidential' || c === 'harassment'));
  it.each(inScope.map((d) => [d.id, d.text, d.expect] as const))('%s is flagged for confidential data or harassment: %s', (_id, text, expected) => {
    const found = flagged(text);
    for (const category of expected.filter((c) => c === 'confidential' || c === 'harassment')) expect(found, category).toContain(category);
  });

  it('finds the set’s problems at least as well as when it was written (recall ≥ 70%, precision ≥ 90%)', () => {
    let hits = 0;
    let misses = 0;
    let falseAlarms = 0;
    for (const d of drafts) {
      const found = flagged(d.text);
      for (const c of d.expect) found.has(c) ? hits++ : misses++;
      for (const c of found) if (!d.expect.includes(c) && !d.accept.includes(c)) falseAlarms++;
    }
    expect(hits / (hits + misses)).toBeGreaterThanOrEqual(0.7);
    expect(hits / (hits + falseAlarms)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('folding before matching', () => {
  it('drops accents so "numero" and "número" read alike, keeps ñ, and keeps every offset', () => {
    expect(foldText('Número, CÓDIGO, güey, contraseña')).toBe('numero, codigo, guey, contraseña');
    expect(foldText('año')).not.toBe('ano');
    const text = 'Él dijo: “la clave es 4471”';
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('matches a list phrase written with accents against a draft typed without them, and the other way round', () => {
    expect(flagged('mi numero de seguro social es 512448812')).toContain('confidential');
    expect(flagged('el código de la puerta es 4471')).toContain('confidential');
    expect(flagged('el codigo de la puerta es 4471')).toContain('confidential');
  });
});

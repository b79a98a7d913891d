/** docs/performance.md shows what bench/results.json holds: its tables are written from it, never by hand. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BenchResults, goals, withTables } from '../../../scripts/bench/report';

const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as BenchResults;
const doc = readFileSync('docs/performance.md', 'utf8');

describe('docs/performance.md', () => {
  it('has the tables for the latest bench/results.json', () => {
    expect(withTables(doc, results)).toBe(doc);
  });

  it('states every goal with its measured figure, the browser and sentence-judge ones included', () => {
    const listed = goals(results);
    expect(listed.length).toBe(13);
    for (const g of listed) expect(doc).toContain(`| ${g.goal} | ${g.measured} |`);
  });
});

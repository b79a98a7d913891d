// `npm run bench [-- --json] [-- --no-browser] [-- --report]`: the checker's time per draft by length band, throughput and
// cold start (Node); the same drafts through alex and through compromise's parse; typing in Chromium with and
// without the extension on each site's fixture; the sentence judge's load, time per sentence and whole-draft budgets. `--json` writes bench/results.json and the tables in
// docs/performance.md; `--report` only rewrites those tables from bench/results.json. Figures are reported, never asserted.
import { cpus } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { measureChecker } from './bench/checker';
import { benchDrafts, typingDraft } from './bench/drafts';
import { type BenchResults, goals, markdown, withTables } from './bench/report';

if (process.argv.includes('--report')) {
  // Rewrite docs/performance.md from the last results without measuring again.
  const last = JSON.parse(readFileSync('bench/results.json', 'utf8')) as BenchResults;
  writeFileSync('docs/performance.md', withTables(readFileSync('docs/performance.md', 'utf8'), last));
  console.log('rewrote the tables in docs/performance.md from bench/results.json');
  process.exit(0);
}

const drafts = benchDrafts();
const checker = measureChecker(drafts);
const { measurePeers } = await import('./bench/peers');
const peers = measurePeers(drafts);
const judgment = await (await import('./bench/judgment')).measureJudgment(drafts);
const browser = process.argv.includes('--no-browser') ? null : await (await import('./bench/browser')).measureBrowser(typingDraft(drafts));

const results: BenchResults = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`,
  checker,
  peers,
  judgment,
  browser,
};

console.log(markdown(results));
const missed = goals(results).filter((g) => g.met === false);
console.log(`\n${missed.length ? `Goals missed: ${missed.map((g) => g.goal).join('; ')}` : 'Every goal measured is met.'}`);

if (process.argv.includes('--json')) {
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('docs/performance.md', withTables(readFileSync('docs/performance.md', 'utf8'), results));
  console.log('\nwrote bench/results.json and the tables in docs/performance.md');
}

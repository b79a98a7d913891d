// `npm run bench [-- --json]`: the checker's time per draft by length band, throughput on the corpus,
// and the cold first check. Figures are reported, never asserted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from './evaluate-corpus';

const coldStart = performance.now();
const { check } = await import('../rules/engine');
const { bundledPack } = await import('../rules/packs/index');
const pack = bundledPack('alexandria');
const firstCheck = performance.now();
check('Long day. My supervisor is a lazy idiot and the memo is CONFIDENTIAL.', pack);
const cold = { loadMs: firstCheck - coldStart, firstCheckMs: performance.now() - firstCheck };

const corpus = loadCorpus();
const texts = corpus.map((d) => d.text);

/** Longer drafts made by joining corpus drafts in a fixed order, cut at a sentence near the target length. */
function generated(target: number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let j = i; text.length < target; j += 7) text += `${texts[j % texts.length]}\n\n`;
    out.push(text.slice(0, target));
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function measure(drafts: string[], rounds: number) {
  const times: number[] = [];
  let chars = 0;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const text of drafts) {
      const t0 = performance.now();
      check(text, pack);
      times.push(performance.now() - t0);
      chars += text.length;
    }
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  return {
    drafts: drafts.length,
    checks: times.length,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    p99Ms: percentile(times, 99),
    draftsPerSecond: times.length / (total / 1000),
    charsPerSecond: chars / (total / 1000),
  };
}

// Warm up the JIT and compromise's lexicon before timing.
for (const t of texts.slice(0, 50)) check(t, pack);

const bands = {
  'corpus (all)': measure(texts, 5),
  '<= 280 chars': measure(texts.filter((t) => t.length <= 280), 5),
  '~1,000 chars': measure(generated(1_000, 60), 5),
  '~3,000 chars': measure(generated(3_000, 40), 5),
};

const fmt = (n: number) => (n < 10 ? n.toFixed(3) : n.toFixed(0));
console.log(`Checker benchmark (pack alexandria, Node ${process.version}, ${corpus.length} corpus drafts)\n`);
console.log(`cold: module load + pack parse ${fmt(cold.loadMs)} ms, first check ${fmt(cold.firstCheckMs)} ms\n`);
console.log('band              drafts  checks    p50 ms   p95 ms   p99 ms   drafts/s    chars/s');
for (const [name, b] of Object.entries(bands)) {
  console.log(`${name.padEnd(16)} ${String(b.drafts).padStart(7)} ${String(b.checks).padStart(7)} ${fmt(b.p50Ms).padStart(9)} ${fmt(b.p95Ms).padStart(8)} ${fmt(b.p99Ms).padStart(8)} ${fmt(b.draftsPerSecond).padStart(10)} ${fmt(b.charsPerSecond).padStart(10)}`);
}

if (process.argv.includes('--json')) {
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cold, bands }, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
}

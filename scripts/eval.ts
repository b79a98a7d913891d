// `npm run eval`: precision, recall and F1 per category on the labelled corpus, with every miss and false alarm.
import { evaluate, loadCorpus } from './evaluate-corpus';

const result = evaluate(loadCorpus());
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`Corpus: ${result.drafts} drafts, ${result.hardNegatives} hard negatives\n`);
console.log('category            support    TP   FP   FN  precision  recall     F1');
for (const s of result.scores) {
  const support = s.tp + s.fn;
  if (!support && !s.fp) continue;
  console.log(`${s.category.padEnd(18)} ${String(support).padStart(8)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(6)}`);
}
console.log(`\nHard negatives flagged: ${result.hardNegativesFlagged}/${result.hardNegatives} (${pct(result.hardNegativesFlagged / Math.max(1, result.hardNegatives))})`);
if (result.misses.length) {
  console.log(`\nMisses (${result.misses.length}):`);
  for (const m of result.misses) console.log(`  ${m.id} [${m.category}] ${m.text}`);
}
if (result.falseAlarms.length) {
  console.log(`\nFalse alarms (${result.falseAlarms.length}):`);
  for (const f of result.falseAlarms) console.log(`  ${f.id} [${f.category}] "${f.excerpt}" in: ${f.text}`);
}

// `npm run eval`: precision, recall and F1 per category with 95% confidence intervals,
// for the rules alone and for rules + the sentence judge, on every labelled set:
// the team corpus, the realistic corpus's held-out writers, and each blind set.
//   --rules-only      skip the judge      --sets team,heldout,b1   only these sets
//   --list            print every miss and false alarm
//   --markdown        tables as Markdown (docs/checker.md)
// "blind" pools every blind set (more drafts, narrower intervals).
import { parseArgs } from 'node:util';
import { check } from '../rules/engine';
import { checkWithJudge } from '../rules/judgment/check';
import { bundledPack, isBundledPackId } from '../rules/packs/index';
import { CATEGORIES, type Category } from '../rules/schema';
import { loadNodeJudge } from '../utils/judgment/node-judge';
import { readJudgmentMeta } from '../utils/judgment/node-artifact';
import { blindSets, heldOutDrafts, loadTeamCorpus } from './judgment/corpora';
import { type LabelledDraft, scoreSet, type SetScore } from './judgment/scoring';

const { values } = parseArgs({ options: { 'rules-only': { type: 'boolean', default: false }, sets: { type: 'string' }, list: { type: 'boolean', default: false }, markdown: { type: 'boolean', default: false } } });
const TEXT_CATEGORIES = CATEGORIES.filter((c) => c !== 'work-time');
const pct = (x: number) => `${(x * 100).toFixed(1)}`;
const ci = ([lo, hi]: [number, number]) => `[${pct(lo)}–${pct(hi)}]`;

const judge = values['rules-only'] ? null : await loadNodeJudge();
const meta = judge ? readJudgmentMeta() : null;
const heldOutWriters = meta?.training?.heldOutWriters ?? [];

const blind = blindSets();
const sets: { name: string; drafts: LabelledDraft[] }[] = [
  { name: 'team', drafts: loadTeamCorpus() },
  ...(heldOutWriters.length ? [{ name: 'heldout', drafts: heldOutDrafts(heldOutWriters) }] : []),
  ...blind,
  ...(blind.length > 1 ? [{ name: 'blind', drafts: blind.flatMap((b) => b.drafts) }] : []),
].filter((s) => !values.sets || values.sets.split(',').includes(s.name));

function packOf(draft: LabelledDraft) {
  if (!isBundledPackId(draft.city)) throw new Error(`${draft.id}: unknown city pack "${draft.city}"`);
  return bundledPack(draft.city);
}

function printMarkdown(name: string, label: string, score: SetScore, other?: SetScore) {
  const rate = score.hardNegativesFlagged / Math.max(1, score.hardNegatives);
  console.log(`\n**${name}** (${label}, ${score.drafts} drafts) — hard negatives flagged: ${score.hardNegativesFlagged}/${score.hardNegatives} (${pct(rate)}% ${ci(score.hardNegativeRateCI)})${other ? `; rules alone ${other.hardNegativesFlagged}/${other.hardNegatives}` : ''}\n`);
  console.log(`| category | support | precision [95% CI] | recall [95% CI] | F1 [95% CI] |${other ? ' rules alone F1 |' : ''}`);
  console.log(`|---|---:|---:|---:|---:|${other ? '---:|' : ''}`);
  for (const s of score.scores) {
    if (!s.support && !s.fp) continue;
    const o = other?.scores.find((x) => x.category === s.category);
    console.log(`| ${s.category} | ${s.support} | ${pct(s.precision)} ${ci(s.ci.precision)} | ${pct(s.recall)} ${ci(s.ci.recall)} | ${pct(s.f1)} ${ci(s.ci.f1)} |${o ? ` ${pct(o.f1)} |` : ''}`);
  }
}

function print(name: string, label: string, score: SetScore, other?: SetScore) {
  if (values.markdown) return printMarkdown(name, label, score, other);
  console.log(`\n${name} — ${label}: ${score.drafts} drafts`);
  console.log(`category            support   TP   FP   FN  precision [95% CI]    recall [95% CI]       F1 [95% CI]${other ? '        rules-only F1' : ''}`);
  for (const s of score.scores) {
    if (!s.support && !s.fp) continue;
    const o = other?.scores.find((x) => x.category === s.category);
    console.log(
      `${s.category.padEnd(18)} ${String(s.support).padStart(8)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision).padStart(5)} ${ci(s.ci.precision).padEnd(13)}  ${pct(s.recall).padStart(5)} ${ci(s.ci.recall).padEnd(13)}  ${pct(s.f1).padStart(5)} ${ci(s.ci.f1).padEnd(13)}${o ? `  ${pct(o.f1).padStart(5)}` : ''}`,
    );
  }
  const rate = score.hardNegativesFlagged / Math.max(1, score.hardNegatives);
  console.log(`hard negatives flagged: ${score.hardNegativesFlagged}/${score.hardNegatives} (${pct(rate)}% ${ci(score.hardNegativeRateCI)})${other ? `; rules alone ${other.hardNegativesFlagged}/${other.hardNegatives}` : ''}`);
}

/** All categories pooled, English drafts apart from Spanish and mixed ones (the judge's base model is English). */
function byLanguage(drafts: LabelledDraft[], found: Map<string, Set<Category>>): string {
  const parts: string[] = [];
  for (const [label, langs] of [['English', ['en']], ['Spanish or mixed', ['es', 'mixed']]] as const) {
    const group = drafts.filter((d) => d.lang && (langs as readonly string[]).includes(d.lang));
    if (!group.length) continue;
    const s = scoreSet(group, (d) => found.get(d.id)!, TEXT_CATEGORIES, 200);
    const tp = s.scores.reduce((n, c) => n + c.tp, 0);
    const fp = s.scores.reduce((n, c) => n + c.fp, 0);
    const fn = s.scores.reduce((n, c) => n + c.fn, 0);
    parts.push(`${label} (${group.length} drafts): precision ${pct(tp / Math.max(1, tp + fp))}%, recall ${pct(tp / Math.max(1, tp + fn))}%, hard negatives flagged ${s.hardNegativesFlagged}/${s.hardNegatives}`);
  }
  return parts.join('; ');
}

function listErrors(drafts: LabelledDraft[], found: Map<string, Set<Category>>) {
  for (const d of drafts) {
    const f = found.get(d.id)!;
    for (const c of TEXT_CATEGORIES) {
      if (d.expect.includes(c) && !f.has(c)) console.log(`  miss  ${d.id} [${c}] ${d.text.replace(/\s+/g, ' ').slice(0, 240)}`);
      else if (!d.expect.includes(c) && f.has(c) && !(d.accept ?? []).includes(c)) console.log(`  false ${d.id} [${c}] ${d.text.replace(/\s+/g, ' ').slice(0, 240)}`);
    }
  }
}

for (const { name, drafts } of sets) {
  const rules = new Map(drafts.map((d) => [d.id, new Set(check(d.text, packOf(d)).map((f) => f.category))]));
  const rulesScore = scoreSet(drafts, (d) => rules.get(d.id)!, TEXT_CATEGORIES);
  if (!judge) {
    print(name, 'rules alone', rulesScore);
    if (drafts.some((d) => d.lang)) console.log(`all categories pooled — ${byLanguage(drafts, rules)}`);
    if (values.list) listErrors(drafts, rules);
    continue;
  }
  const combined = new Map<string, Set<Category>>();
  for (const d of drafts) {
    const result = await checkWithJudge(d.text, packOf(d), judge.judge, judge.thresholds);
    combined.set(d.id, new Set(result.findings.map((f) => f.category)));
  }
  print(name, `rules + judge ${judge.version}`, scoreSet(drafts, (d) => combined.get(d.id)!, TEXT_CATEGORIES), rulesScore);
  if (drafts.some((d) => d.lang)) console.log(`all categories pooled — rules + judge: ${byLanguage(drafts, combined)}; rules alone: ${byLanguage(drafts, rules)}`);
  if (values.list) listErrors(drafts, combined);
}
if (!judge && !values['rules-only']) console.log('\n(no judgment model in models/judgment/: rules alone)');

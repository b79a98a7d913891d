/**
 * The team corpus as training data for the judge (run by `npm run train`):
 * its drafts are short and carry no spans, so each expected category's span is
 * where the bundled rules find it (they were written on these drafts), else the
 * whole draft. Writes JSONL in the corpus's shape to the path given.
 *
 *     npx tsx scripts/judgment/team-spans.ts training/.cache/team.jsonl
 */
import { writeFileSync } from 'node:fs';
import { check } from '../../rules/engine';
import { bundledPack, isBundledPackId } from '../../rules/packs/index';
import { isJudgedCategory } from '../../rules/judgment/combine';
import { loadTeamCorpus } from './corpora';

const out = process.argv[2];
if (!out) throw new Error('usage: team-spans.ts OUT.jsonl');
const lines: string[] = [];
for (const d of loadTeamCorpus()) {
  if (!isBundledPackId(d.city)) throw new Error(`${d.id}: unknown city ${d.city}`);
  const findings = check(d.text, bundledPack(d.city));
  const spans: Record<string, [number, number][]> = {};
  for (const c of d.expect.filter(isJudgedCategory)) {
    const found = findings.filter((f) => f.category === c && f.end > f.start).map((f): [number, number] => [f.start, f.end]);
    spans[c] = found.length ? found : [[0, d.text.length]];
  }
  lines.push(JSON.stringify({ id: d.id, writer: 'team', city: d.city, site: d.site, text: d.text, expect: d.expect.filter(isJudgedCategory), accept: d.accept ?? [], spans }));
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} team drafts with spans written to ${out}`);

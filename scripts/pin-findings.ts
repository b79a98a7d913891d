/**
 * Writes tests/fixtures/pinned-findings.jsonl: every finding of the rules on the
 * team corpus, the realistic corpus and the rule examples (see pinned-findings.ts).
 * Run it only when findings are meant to change, and say why in the commit:
 *   npx tsx scripts/pin-findings.ts
 */
import { writeFileSync } from 'node:fs';
import { PINNED_FINDINGS, pinnedFindings } from './pinned-findings';

const { team, corpus, examples } = pinnedFindings();
const drafts = [...team, ...corpus, ...examples];
writeFileSync(PINNED_FINDINGS, drafts.map((d) => JSON.stringify(d)).join('\n') + '\n');
const findings = drafts.reduce((n, d) => n + d.findings.length, 0);
console.log(`${drafts.length} drafts (${team.length} team, ${corpus.length} corpus, ${examples.length} rule examples), ${findings} findings → ${PINNED_FINDINGS}`);

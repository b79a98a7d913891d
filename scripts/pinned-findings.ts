/**
 * Every finding the rules give on the team corpus, the realistic corpus and
 * every bundled pack's rule examples, as one line per draft: what
 * tests/fixtures/pinned-findings.jsonl holds (written by scripts/pin-findings.ts),
 * so a change that must not move any finding (the word lists moving into data
 * files) is proved by the test that recomputes it.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { check } from '../rules/engine';
import { BUNDLED_PACK_IDS, type BundledPackId, bundledPack, isBundledPackId } from '../rules/packs/index';
import type { CheckContext } from '../rules/detectors/types';
import { CORPUS, readJsonl, TEAM_CORPUS } from './judgment/corpora';

export const PINNED_FINDINGS = fileURLToPath(new URL('../tests/fixtures/pinned-findings.jsonl', import.meta.url));

/** category, rule, severity, start, end. */
export type PinnedFinding = [string, string, string, number, number];

export interface PinnedDraft {
  /** `team/<id>`, `corpus/<id>` or `example/<pack>/<rule>/<match|noMatch>/<n>`. */
  key: string;
  pack: BundledPackId;
  /** The draft's text, hashed: corpus/ is edited alongside this work, so only drafts whose text is unchanged are compared. */
  text: string;
  findings: PinnedFinding[];
}

interface Draft {
  id: string;
  city: string;
  text: string;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

function pin(key: string, pack: BundledPackId, text: string, context: CheckContext = {}): PinnedDraft {
  const findings = check(text, bundledPack(pack), context).map((f): PinnedFinding => [f.category, f.ruleId, f.severity, f.start, f.end]);
  return { key, pack, text: hash(text), findings };
}

function corpusDrafts(prefix: string, path: string): PinnedDraft[] {
  return readJsonl<Draft>(path)
    .filter((d) => isBundledPackId(d.city))
    .map((d) => pin(`${prefix}/${d.id}`, d.city as BundledPackId, d.text));
}

function ruleExamples(): PinnedDraft[] {
  const out: PinnedDraft[] = [];
  for (const id of BUNDLED_PACK_IDS) {
    for (const rule of bundledPack(id).rules) {
      const context: CheckContext = { cityComputer: rule.examples.context?.cityComputer, lexicon: rule.examples.context?.lexicon, account: rule.examples.context?.account };
      for (const kind of ['match', 'noMatch'] as const)
        rule.examples[kind].forEach((text, n) => out.push(pin(`example/${id}/${rule.id}/${kind}/${n}`, id, text, context)));
    }
  }
  return out;
}

/** The team corpus, the realistic corpus, then the rule examples, each draft checked with its city's whole pack. */
export function pinnedFindings(): { team: PinnedDraft[]; corpus: PinnedDraft[]; examples: PinnedDraft[] } {
  return { team: corpusDrafts('team', TEAM_CORPUS), corpus: corpusDrafts('corpus', CORPUS), examples: ruleExamples() };
}

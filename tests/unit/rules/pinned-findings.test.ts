/**
 * The rules' findings on the team corpus, the realistic corpus and every rule
 * example are exactly those pinned in tests/fixtures/pinned-findings.jsonl.
 * A change meant to move no finding (refactors, the word lists as data) must
 * leave this green; a change meant to move findings re-pins with
 * `npx tsx scripts/pin-findings.ts` and the diff shows which moved.
 */
import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../../scripts/judgment/corpora';
import { PINNED_FINDINGS, type PinnedDraft, pinnedFindings } from '../../../scripts/pinned-findings';

const pinned = new Map(readJsonl<PinnedDraft>(PINNED_FINDINGS).map((d) => [d.key, d]));
const now = pinnedFindings();

/** Keys whose findings differ from the pinned ones (at most a few, with both sides, to read in the failure). */
function moved(drafts: PinnedDraft[]): string[] {
  return drafts
    .filter((d) => JSON.stringify(d.findings) !== JSON.stringify(pinned.get(d.key)?.findings))
    .slice(0, 10)
    .map((d) => `${d.key}: pinned ${JSON.stringify(pinned.get(d.key)?.findings)}, now ${JSON.stringify(d.findings)}`);
}

const keysWith = (prefix: string) => [...pinned.keys()].filter((k) => k.startsWith(prefix)).sort();

describe('findings pinned before the word lists moved into data', () => {
  it('are unchanged on the team corpus, every draft of it', () => {
    expect(now.team.map((d) => d.key).sort()).toEqual(keysWith('team/'));
    expect(now.team.filter((d) => d.text !== pinned.get(d.key)?.text).map((d) => d.key)).toEqual([]);
    expect(moved(now.team)).toEqual([]);
  });

  it('are unchanged on every rule example of every bundled pack', () => {
    expect(now.examples.map((d) => d.key).sort()).toEqual(keysWith('example/'));
    expect(now.examples.filter((d) => d.text !== pinned.get(d.key)?.text).map((d) => d.key)).toEqual([]);
    expect(moved(now.examples)).toEqual([]);
  });

  // corpus/ is edited by the corpus work at the same time: drafts added or rewritten since pinning are not compared.
  it('are unchanged on the realistic corpus, for every draft whose text is as pinned', () => {
    const same = now.corpus.filter((d) => pinned.get(d.key)?.text === d.text);
    expect(same.length, 'few pinned corpus drafts left unchanged: re-pin with npx tsx scripts/pin-findings.ts').toBeGreaterThanOrEqual(5_000);
    expect(moved(same)).toEqual([]);
  });
}, 120_000);

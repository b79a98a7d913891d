/** Every rule's own examples: the drafts it must flag, and the ones it must leave alone. */
import { describe, expect, it } from 'vitest';
import { check } from '../../../rules/engine';
import { BUNDLED_PACK_IDS, bundledPack } from '../../../rules/packs/index';

for (const id of BUNDLED_PACK_IDS) {
  const pack = bundledPack(id);
  describe(`pack ${id}`, () => {
    for (const rule of pack.rules) {
      // Each rule on its own, so a finding merged into another rule's overlapping one still counts.
      const single = { ...pack, rules: [rule] };
      const context = { cityComputer: rule.examples.context?.cityComputer, lexicon: rule.examples.context?.lexicon, account: rule.examples.context?.account };
      for (const draft of rule.examples.match) {
        it(`${rule.id} flags: ${draft.slice(0, 60)}`, () => {
          const hits = check(draft, single, context);
          expect(hits.length, `"${draft}" should be flagged by ${rule.id}`).toBeGreaterThan(0);
        });
      }
      for (const draft of rule.examples.noMatch) {
        it(`${rule.id} leaves alone: ${draft.slice(0, 60)}`, () => {
          const hits = check(draft, single, context);
          expect(hits.map((f) => draft.slice(f.start, f.end)), `"${draft}" should not be flagged by ${rule.id}`).toEqual([]);
        });
      }
    }
  });
}

/**
 * The pathological pack of issue 25, built in the tests that need it: many
 * rules, each listing the 500 commonest words of the team corpus — the honest
 * mistake (or leaked key) that flags every word and once froze each tab.
 */
import { bundledPack, bundledPackSource } from '../../../rules/packs/index';
import type { Pack } from '../../../rules/schema';
import { commonWordsRules } from './common-words';

export { COMMON_WORDS, corpusDraft } from './common-words';

const base = bundledPack('alexandria');
const clause = { policy: base.policies[0]!.id, section: base.policies[0]!.clauses[0]!.section };

/** The pack as a JSON document IT could sign: `rules` rules of `wordsPerRule` common words each. */
export function commonWordsPackDocument(rules: number, wordsPerRule = 500, version = 99): Record<string, unknown> {
  return { ...bundledPackSource('alexandria'), version, rules: commonWordsRules(rules, wordsPerRule, clause) };
}

/** The same pack forced into the engine past the schema (which refuses it), as a leaked key and a bug elsewhere might. */
export function forcedCommonWordsPack(rules = 500, wordsPerRule = 500): Pack {
  return { ...base, rules: commonWordsRules(rules, wordsPerRule, clause) };
}

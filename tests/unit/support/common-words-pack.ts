/**
 * The pathological pack of issue 25, built in the tests that need it: many
 * rules, each listing the 500 commonest words of the team corpus — the honest
 * mistake (or leaked key) that flags every word and once froze each tab.
 */
import { readFileSync } from 'node:fs';
import { bundledPack, bundledPackSource } from '../../../rules/packs/index';
import type { Pack, Rule } from '../../../rules/schema';

const TEAM_CORPUS = new URL('../../fixtures/corpus/drafts.jsonl', import.meta.url);
const texts = readFileSync(TEAM_CORPUS, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

function commonest(count: number): string[] {
  const seen = new Map<string, number>();
  for (const text of texts) for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) seen.set(word, (seen.get(word) ?? 0) + 1);
  return [...seen].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count).map(([word]) => word);
}

export const COMMON_WORDS: readonly string[] = commonest(500);

/** Drafts of the team corpus one after another, cut at `length` characters: ordinary text, not a repeated sentence. */
export function corpusDraft(length: number): string {
  let draft = '';
  for (let i = 0; draft.length < length; i++) draft += `${texts[i % texts.length]}\n`;
  return draft.slice(0, length);
}

const base = bundledPack('alexandria');
const clause = { policy: base.policies[0]!.id, section: base.policies[0]!.clauses[0]!.section };

function commonWordsRule(i: number, words: readonly string[]): Rule {
  return {
    id: `common-words-${i}`,
    category: 'harassment',
    severity: 'warn',
    detector: { kind: 'phrases', phrases: [...words], unless: [] },
    clauses: [clause],
    message: 'A common word.',
    examples: { match: [words[0]!], noMatch: [] },
  };
}

/** The pack as a JSON document IT could sign: `rules` rules of `wordsPerRule` common words each. */
export function commonWordsPackDocument(rules: number, wordsPerRule = 500, version = 99): Record<string, unknown> {
  return { ...bundledPackSource('alexandria'), version, rules: Array.from({ length: rules }, (_, i) => commonWordsRule(i, COMMON_WORDS.slice(0, wordsPerRule))) };
}

/** The same pack forced into the engine past the schema (which refuses it), as a leaked key and a bug elsewhere might. */
export function forcedCommonWordsPack(rules = 500, wordsPerRule = 500): Pack {
  return { ...base, rules: Array.from({ length: rules }, (_, i) => commonWordsRule(i, COMMON_WORDS.slice(0, wordsPerRule))) };
}

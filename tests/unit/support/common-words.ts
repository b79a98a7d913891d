/**
 * The commonest words of the team corpus and drafts made of its texts, for
 * the pathological packs of issue 25. No JSON imports: the end-to-end tests
 * load this too (Playwright's loader reads no JSON modules).
 */
import { readFileSync } from 'node:fs';
import type { ClauseRef, Rule } from '../../../rules/schema';

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

/** `count` rules, each listing the first `wordsPerRule` common words and citing `clause`. */
export function commonWordsRules(count: number, wordsPerRule: number, clause: ClauseRef): Rule[] {
  const words = COMMON_WORDS.slice(0, wordsPerRule);
  return Array.from({ length: count }, (_, i) => ({
    id: `common-words-${i}`,
    category: 'harassment',
    severity: 'warn',
    detector: { kind: 'phrases', phrases: [...words], unless: [] },
    clauses: [clause],
    message: 'A common word.',
    // A near miss no list of common words holds, so the pack is refused for its cost, not for untested rules.
    examples: { match: [words[0]!], noMatch: ['Zebras!'] },
  }));
}

/**
 * A pack's rule examples, run through the engine: each rule on its own must
 * flag every draft in its `examples.match` and leave every draft in its
 * `examples.noMatch` alone. A rule whose own examples fail does not do what its
 * author says it does, so a pack with one is refused like a pack the schema
 * refuses (pack-checks.ts). Kept out of schema.ts: the engine imports the schema.
 */
import { check, type CheckContext } from './engine';
import type { Pack, Rule } from './schema';

/** How much of a draft a reason quotes. */
const QUOTE = 80;
const quoted = (text: string) => `"${text.length > QUOTE ? `${text.slice(0, QUOTE - 1)}…` : text}"`;

/** The check context a rule's examples ask for (a city computer, the lexicon IT would configure). */
export function exampleContext(rule: Rule): CheckContext {
  return { ...rule.examples.context };
}

/** What one rule's examples get wrong, one line each (`rule "x": examples.match: "…" is not flagged by the rule`). */
export function ruleExampleProblems(pack: Pack, rule: Rule): string[] {
  // The rule alone, so a finding merged into another rule's overlapping one still counts.
  const single: Pack = { ...pack, rules: [rule] };
  const context = exampleContext(rule);
  const problems: string[] = [];
  for (const draft of rule.examples.match)
    if (!check(draft, single, context).length) problems.push(`rule "${rule.id}": examples.match: ${quoted(draft)} is not flagged by the rule`);
  for (const draft of rule.examples.noMatch) {
    const flagged = check(draft, single, context).map((f) => quoted(draft.slice(f.start, f.end)));
    if (flagged.length) problems.push(`rule "${rule.id}": examples.noMatch: ${quoted(draft)} is flagged (${flagged.join(', ')}), but it is listed as a draft the rule must leave alone`);
  }
  return problems;
}

/** Results for packs seen lately, by content: the engine is pure, so the same pack gives the same answer (signing after validating, a pack signed again). */
const recent = new Map<string, string[]>();
const RECENT = 8;

/** Every rule's failing examples in the pack; empty when all pass. */
export function exampleProblems(pack: Pack): string[] {
  const key = JSON.stringify(pack);
  const known = recent.get(key);
  if (known) return [...known];
  const problems = pack.rules.flatMap((rule) => ruleExampleProblems(pack, rule));
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(key, problems);
  return [...problems];
}

/**
 * The checks on a pack that need the engine, after the schema has passed it:
 * its rules' own examples pass (pack-examples.ts) and it is cheap enough to
 * check with (pack-cost.ts). `postcheck validate`, `postcheck sign` and the
 * updater all call this one step, so a pack is refused the same way, with
 * the same reasons, wherever it goes.
 */
import { packCostProblem } from './pack-cost';
import { exampleProblems } from './pack-examples';
import type { Pack } from './schema';

/** Why the pack cannot be used, one line per problem; empty when it can. */
export function packEngineProblems(pack: Pack): string[] {
  const examples = exampleProblems(pack);
  // A pack whose examples fail is refused for that; timing it too would only add noise.
  if (examples.length) return examples;
  const cost = packCostProblem(pack);
  return cost ? [cost] : [];
}

/** The problems as one reason (the updater's status line and the popup): the first three, and how many more. */
export function packEngineReason(pack: Pack): string | null {
  const problems = packEngineProblems(pack);
  if (!problems.length) return null;
  const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
  return `${problems.slice(0, 3).join('; ')}${more}`;
}

/**
 * A pack's `judgment.sensitivity` (schema.ts) in numbers, apart from the schema so the content
 * script's combine step (combine.ts) does not pull zod into the page's bundle.
 */
/** One step moves both of a category's thresholds by this much (+1 step: 0.05 lower, more notes). */
export const JUDGMENT_STEP = 0.05;
/** Steps run from -SENSITIVITY_STEPS to +SENSITIVITY_STEPS. */
export const SENSITIVITY_STEPS = 4;

/** Which seals and logos a pack asks the photo analysis to look for (light: no text rules, so the page's wiring can use it). */
import type { Pack } from '../schema';
import type { Mark } from './insignia';

/** The marks the analysis should look for, with the rule each belongs to. */
export function marksToFind(pack: Pack): { ruleId: string; minSimilarity: number; marks: Mark[] }[] {
  return pack.imageRules.flatMap((rule) =>
    rule.detector.kind === 'insignia' ? [{ ruleId: rule.id, minSimilarity: rule.detector.minSimilarity, marks: rule.detector.marks }] : [],
  );
}

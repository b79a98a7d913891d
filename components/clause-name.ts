/** A clause as people name it: "Employee Social Media Policy §4.8". */
import type { CitedClause } from '../rules/finding';
import { STRINGS } from './strings';

export function clauseName(clause: Pick<CitedClause, 'policy' | 'section'>, policyTitles: Readonly<Record<string, string>> = {}): string {
  return STRINGS.clauseLabel(policyTitles[clause.policy] ?? clause.policy, clause.section);
}

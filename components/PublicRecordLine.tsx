/**
 * The pre-post dialog's line for a post on one of the City's official accounts:
 * the post is a public record, with the clause that says so (Alexandria's
 * official §6.2), its summary, "Read it" and its own words one click away.
 */
import type { CitedClause } from '../rules/finding';
import { PolicyCitation } from './PolicyCitation';
import { STRINGS } from './strings';

export interface PublicRecordLineProps {
  clause: CitedClause;
  policyTitles?: Readonly<Record<string, string>>;
  onWhy?: (clause: CitedClause) => void;
}

export function PublicRecordLine({ clause, policyTitles, onWhy }: PublicRecordLineProps) {
  return (
    <div class="prepost__record">
      <p>{STRINGS.dialogPublicRecord}</p>
      <PolicyCitation clauses={[clause]} {...(policyTitles ? { policyTitles } : {})} {...(onWhy ? { onWhy } : {})} />
    </div>
  );
}

/** A list of findings, most serious first, each with the clause it cites. Props in, callbacks out. */
import type { CitedClause, Finding } from '../rules/finding';
import { sortFindings } from '../rules/finding';
import { FindingCard } from './FindingCard';
import { STRINGS } from './strings';

export interface FindingListProps {
  findings: readonly Finding[];
  policyTitles?: Readonly<Record<string, string>>;
  emptyText?: string;
  onWhy?: (clause: CitedClause) => void;
}

export function FindingList({ findings, policyTitles = {}, emptyText = STRINGS.noFindings, onWhy }: FindingListProps) {
  if (!findings.length) return <p class="empty" role="status">{emptyText}</p>;
  return (
    <ul class="findings" aria-label={STRINGS.findingsCount(findings.length)}>
      {sortFindings(findings).map((f) => (
        <li key={`${f.ruleId}:${f.start}:${f.end}`}>
          <FindingCard finding={f} policyTitles={policyTitles} onWhy={onWhy} />
        </li>
      ))}
    </ul>
  );
}

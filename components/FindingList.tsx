/** A list of findings with the clause each one cites. Props in, nothing else. */
import { type Finding, severityRank } from '../rules/finding';
import { STRINGS } from './strings';

export interface FindingListProps {
  findings: readonly Finding[];
  /** Policy ids to titles ("employee" → "Employee Social Media Policy"). */
  policyTitles?: Readonly<Record<string, string>>;
  emptyText?: string;
}

export function FindingList({ findings, policyTitles = {}, emptyText = STRINGS.noFindings }: FindingListProps) {
  if (!findings.length) return <p class="empty" role="status">{emptyText}</p>;
  // Most serious first; within a severity, in the order they appear in the draft.
  const ordered = [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.start - b.start);
  return (
    <ul class="findings" aria-label={STRINGS.findingsCount(findings.length)}>
      {ordered.map((f) => (
        <li class={`finding finding--${f.severity}`} key={`${f.ruleId}:${f.start}:${f.end}`} data-category={f.category}>
          <p class="finding__head">
            <span class="finding__severity">{STRINGS.severity[f.severity]}</span> {f.message}
          </p>
          {f.clauses.map((c) => (
            <blockquote class="finding__clause" key={`${c.policy}#${c.section}`}>
              <cite>{STRINGS.clauseLabel(policyTitles[c.policy] ?? c.policy, c.section)}</cite>
              <p>{c.text}</p>
            </blockquote>
          ))}
          {f.suggestion && (
            <p class="finding__suggestion">
              <strong>{STRINGS.suggestionLabel}</strong> {f.suggestion}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One finding: its message, the clause it cites (verbatim), a suggestion and "Why?". Props in, callbacks out. */
import type { CitedClause, Finding } from '../rules/finding';
import { STRINGS } from './strings';
import { trusted } from './trusted';

export interface FindingCardProps {
  finding: Finding;
  /** Policy ids to titles ("employee" → "Employee Social Media Policy"). */
  policyTitles?: Readonly<Record<string, string>>;
  /** The flagged words, shown as a quote (the draft never leaves the device). */
  excerpt?: string;
  /** Opens the clause in the policy page; without it no "Why?" link is shown. */
  onWhy?: (clause: CitedClause) => void;
  /** Heading level of the message; defaults to a paragraph. */
  headingId?: string;
}

export function clauseName(clause: CitedClause, policyTitles: Readonly<Record<string, string>> = {}): string {
  return STRINGS.clauseLabel(policyTitles[clause.policy] ?? clause.policy, clause.section);
}

export function FindingCard({ finding: f, policyTitles = {}, excerpt, onWhy, headingId }: FindingCardProps) {
  return (
    <div class={`finding finding--${f.severity}`}>
      <p class="finding__head" id={headingId}>
        <span class="finding__severity">{STRINGS.severity[f.severity]}</span> {f.message}
      </p>
      {f.attachment && <p class="finding__excerpt finding__photo">{STRINGS.inPhoto(f.attachment.index)}</p>}
      {excerpt && (
        <p class="finding__excerpt">
          <span class="visually-hidden">{STRINGS.flagged} </span>“{excerpt}”
        </p>
      )}
      {f.suggestion && (
        <p class="finding__suggestion">
          <strong>{STRINGS.suggestionLabel}</strong> {f.suggestion}
        </p>
      )}
      {f.clauses.map((c) => (
        <blockquote class="finding__clause" key={`${c.policy}#${c.section}`}>
          <cite>{clauseName(c, policyTitles)}</cite>
          <p class="finding__clause-text">{c.text}</p>
          {onWhy && (
            <button type="button" class="link" aria-label={STRINGS.whyLabel(clauseName(c, policyTitles))} onClick={trusted(() => onWhy(c))}>
              {STRINGS.why}
            </button>
          )}
        </blockquote>
      ))}
    </div>
  );
}

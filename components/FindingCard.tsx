/**
 * One note: a plain sentence of what may be wrong, the flagged words, what to do,
 * then the one clause it rests on (PolicyCitation). Props in, callbacks out.
 */
import type { CitedClause, Finding } from '../rules/finding';
import { PolicyCitation } from './PolicyCitation';
import { STRINGS } from './strings';

export interface FindingCardProps {
  finding: Finding;
  /** Policy ids to titles ("employee" → "Employee Social Media Policy"). */
  policyTitles?: Readonly<Record<string, string>>;
  /** The flagged words, shown as a quote (the draft never leaves the device). */
  excerpt?: string;
  /** Opens the clause in the policy page; without it no "Read it" button is shown. */
  onWhy?: (clause: CitedClause) => void;
  /** Id of the message, for a card that labels itself by it. */
  headingId?: string;
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
      <PolicyCitation clauses={f.clauses} policyTitles={policyTitles} onWhy={onWhy} translated={f.translated === true} />
    </div>
  );
}

/**
 * The policy behind one note: its primary clause (the first the rule cites; the
 * pack lists it first) by name with the pack's one-line summary and "Read it".
 * The clause's own words, and any further clauses the note cites, are one click
 * away behind "What the policy says" — never a wall of clauses by default.
 * A summary or message the pack translated is labelled an unofficial
 * translation, and outside English the clause's words are labelled the
 * official text: they are the authority, as the city published them.
 */
import type { CitedClause } from '../rules/finding';
import { clauseName } from './clause-name';
import { currentLanguage, STRINGS } from './strings';
import { trusted } from './trusted';

export interface PolicyCitationProps {
  clauses: readonly CitedClause[];
  policyTitles?: Readonly<Record<string, string>>;
  /** Opens the clause on the policy page; without it there is no "Read it" button. */
  onWhy?: (clause: CitedClause) => void;
  /** The note's message is the pack's translation. */
  translated?: boolean;
}

const clauseKey = (c: CitedClause) => `${c.policy}#${c.section}`;

export function PolicyCitation({ clauses, policyTitles = {}, onWhy, translated = false }: PolicyCitationProps) {
  const [primary, ...more] = clauses;
  if (!primary) return null;
  const unofficial = translated || primary.translated === true;
  const labelOfficial = unofficial || currentLanguage() !== 'en';
  const readButton = (clause: CitedClause) =>
    onWhy && (
      <button type="button" class="link" aria-label={STRINGS.readClauseLabel(clauseName(clause, policyTitles))} onClick={trusted(() => onWhy(clause))}>
        {STRINGS.readClause}
      </button>
    );
  return (
    <div class="citation">
      <p class="citation__primary">
        <cite>{clauseName(primary, policyTitles)}</cite>
        {primary.summary && <span class="citation__summary"> — {primary.summary}</span>}
        {unofficial && <span class="citation__translated"> ({STRINGS.unofficialTranslation})</span>} {readButton(primary)}
      </p>
      <details class="citation__text">
        <summary>{more.length ? STRINGS.clauseTextWithMore(more.length) : STRINGS.clauseText}</summary>
        {clauses.map((clause) => (
          <blockquote class="finding__clause" key={clauseKey(clause)}>
            <cite>{clauseName(clause, policyTitles)}</cite>
            {labelOfficial && <p class="citation__official">{STRINGS.officialText}</p>}
            <p class="finding__clause-text">{clause.text}</p>
            {clause !== primary && readButton(clause)}
          </blockquote>
        ))}
      </details>
    </div>
  );
}

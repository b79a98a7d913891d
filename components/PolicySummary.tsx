/** The policy in plain words: one line per clause, each linked to the clause on the policy page. */
import type { Pack } from '../rules/schema';
import { clauseAnchor } from './anchors';
import { STRINGS } from './strings';

export interface PolicySummaryProps {
  policies: Pack['policies'];
  /** Base URL of the policy page ("/policy.html"). */
  policyHref: string;
  /** Open links in a new tab (from the popup). */
  newTab?: boolean;
  /** The summaries are the pack's translations: said once, above them (each links to the official text). */
  translated?: boolean;
}

export function PolicySummary({ policies, policyHref, newTab = false, translated = false }: PolicySummaryProps) {
  return (
    <>
      {translated && <p class="summary__translated">{STRINGS.summaryTranslated}</p>}
      <ul class="summary">
        {policies.flatMap((policy) =>
          policy.clauses.map((clause) => (
            <li key={`${policy.id}#${clause.section}`}>
              {clause.summary}{' '}
              <a
                href={`${policyHref}#${clauseAnchor(policy.id, clause.section)}`}
                target={newTab ? '_blank' : undefined}
                rel={newTab ? 'noopener' : undefined}
                aria-label={STRINGS.summaryLinkLabel(STRINGS.clauseLabel(policy.title, clause.section))}
              >
                §{clause.section}
              </a>
            </li>
          )),
        )}
      </ul>
    </>
  );
}

/**
 * Every problem with the pack in one list at the top, each a link that takes
 * the keyboard focus to its field (or the rule, clause or list it is about).
 */
import { studioStrings } from '../../components/studio-strings';
import { focusField } from './focus-field';
import { issueText } from './issue-text';
import { fieldId, type Json } from './pack-edit';
import { placeLabel } from './place-label';
import type { StudioIssue } from './validation';

export function IssueSummary({ issues, document }: { issues: readonly StudioIssue[]; document: Json }) {
  const s = studioStrings();
  if (!issues.length) return null;
  return (
    <section class="issue-summary" aria-labelledby="studio-issues">
      <h2 id="studio-issues">{s.summaryTitle(issues.length)}</h2>
      <ul>
        {issues.map((issue, i) => {
          const text = `${placeLabel(issue, document, s)}: ${issueText(issue, s)}`;
          if (!issue.place) return <li key={i}>{text}</li>;
          const id = fieldId(issue.place.anchor);
          return (
            <li key={i}>
              <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                {text}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

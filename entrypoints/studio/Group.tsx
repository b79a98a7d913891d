/**
 * A fieldset for one clause, rule or word list, carrying the issues that have
 * no field of their own (a clause reference, a detector's parameters). It can
 * take focus, so a link in the issue summary lands on it. The many clauses
 * and rules fold (`collapsible`): closed, each is one line with its problem
 * count, and it opens by itself when a problem appears in it — a page of every
 * field of every rule is long to move through and slow to draw.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { studioStrings } from '../../components/studio-strings';
import { issueText } from './issue-text';
import { fieldId, type Path } from './pack-edit';
import type { StudioIssue } from './validation';

interface GroupProps {
  path: Path;
  legend: string;
  /** The issues of the group itself (shown in it). */
  issues: readonly StudioIssue[];
  /** Issues anywhere in the group, its fields' too (counted on its folded line; they open it). */
  problems?: number;
  collapsible?: boolean;
  /** Shown after the legend on the folded line (a clause's summary, a rule's message), to find it by what it says. */
  detail?: string;
  children: ComponentChildren;
}

function Fieldset({ path, legend, issues, children, labelOnly }: GroupProps & { labelOnly: boolean }) {
  const s = studioStrings();
  const id = fieldId(path);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      class={`group${issues.length ? ' group--invalid' : ''}`}
      aria-label={labelOnly ? legend : undefined}
      aria-describedby={issues.length ? `${id}-error` : undefined}
    >
      {!labelOnly && <legend>{legend}</legend>}
      {issues.length > 0 && (
        <ul class="field-error" id={`${id}-error`}>
          {issues.map((issue, i) => (
            <li key={i}>{issueText(issue, s)}</li>
          ))}
        </ul>
      )}
      {children}
    </fieldset>
  );
}

export function Group(props: GroupProps) {
  const s = studioStrings();
  const problems = props.problems ?? props.issues.length;
  const [open, setOpen] = useState(problems > 0);
  useEffect(() => {
    if (problems > 0) setOpen(true);
  }, [problems > 0]);
  if (!props.collapsible) return <Fieldset {...props} labelOnly={false} />;
  return (
    <details class="fold" data-field-prefix={`${fieldId(props.path)}.`} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {props.legend}
        {props.detail && <span class="fold__detail"> — {props.detail}</span>}
        {problems > 0 && <span class="fold__problems"> — {s.statusProblems(problems)}</span>}
      </summary>
      {/* Its fields are drawn only while it is open. */}
      {open && <Fieldset {...props} labelOnly />}
    </details>
  );
}

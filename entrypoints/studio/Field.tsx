/**
 * One labelled field of the pack: a text box (or a larger one for clause
 * text), its hint, and beside it the schema's issues with it. The issues
 * describe the control (aria-describedby) and mark it invalid (aria-invalid),
 * so a screen reader says what is wrong on arriving at it.
 */
import type { ComponentChildren } from 'preact';
import { studioStrings } from '../../components/studio-strings';
import { issueText } from './issue-text';
import { fieldId, type Path } from './pack-edit';
import type { StudioIssue } from './validation';

export interface FieldFrame {
  path: Path;
  label: string;
  hint?: string;
  issues?: readonly StudioIssue[];
  /** How each issue reads beside the field (list fields name the line). */
  describe?: (issue: StudioIssue) => string;
}

/** The ids and attributes a control takes from its frame. */
export function controlProps({ path, hint, issues = [] }: FieldFrame) {
  const id = fieldId(path);
  const describedBy = [hint ? `${id}-hint` : '', issues.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': issues.length ? ('true' as const) : undefined, 'aria-describedby': describedBy || undefined };
}

export function FieldShell({ frame, children }: { frame: FieldFrame; children: ComponentChildren }) {
  const s = studioStrings();
  const id = fieldId(frame.path);
  const issues = frame.issues ?? [];
  const describe = frame.describe ?? ((issue: StudioIssue) => issueText(issue, s));
  return (
    <div class={`field${issues.length ? ' field--invalid' : ''}`}>
      <label for={id}>{frame.label}</label>
      {frame.hint && (
        <p class="hint" id={`${id}-hint`}>
          {frame.hint}
        </p>
      )}
      {children}
      {issues.length > 0 && (
        <ul class="field-error" id={`${id}-error`}>
          {issues.map((issue, i) => (
            <li key={i}>{describe(issue)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function TextField({ frame, value, onInput, multiline = false }: { frame: FieldFrame; value: string; onInput: (value: string) => void; multiline?: boolean }) {
  const props = controlProps(frame);
  const input = (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
  return (
    <FieldShell frame={frame}>
      {multiline ? <textarea {...props} rows={5} value={value} onInput={input} /> : <input {...props} type="text" value={value} onInput={input} />}
    </FieldShell>
  );
}

/**
 * A list of the pack (phrases, lexicon entries, example drafts) as one entry
 * per line. Blank lines are left out of the list; the text box keeps them
 * while the author types, and an issue about an entry names its line.
 */
import { useState } from 'preact/hooks';
import { studioStrings } from '../../components/studio-strings';
import { controlProps, type FieldFrame, FieldShell } from './Field';
import { issueText } from './issue-text';
import type { StudioIssue } from './validation';

const entriesOf = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

/** The 1-based line of the n-th entry (blank lines count as lines, not entries). */
function lineOfEntry(text: string, entry: number): number {
  let seen = -1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() !== '' && ++seen === entry) return i + 1;
  return entry + 1;
}

export function ListField({ frame, items, onChange, rows = 4 }: { frame: FieldFrame; items: readonly string[]; onChange: (items: string[]) => void; rows?: number }) {
  const s = studioStrings();
  const [text, setText] = useState(() => items.join('\n'));
  // A list changed from outside (another file opened) replaces what the box shows.
  const shown = entriesOf(text).join('\n') === items.join('\n') ? text : items.join('\n');
  const describe = (issue: StudioIssue) =>
    issue.place?.item === undefined ? issueText(issue, s) : s.issueLine(lineOfEntry(shown, issue.place.item), issueText(issue, s));
  return (
    <FieldShell frame={{ ...frame, describe }}>
      <textarea
        {...controlProps(frame)}
        rows={Math.min(Math.max(rows, items.length + 1), 12)}
        value={shown}
        onInput={(event) => {
          const next = (event.currentTarget as HTMLTextAreaElement).value;
          setText(next);
          onChange(entriesOf(next));
        }}
      />
    </FieldShell>
  );
}

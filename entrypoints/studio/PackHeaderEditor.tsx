/** The pack's own fields: its id, city, version, dates and the "who to ask" line. */
import { studioStrings } from '../../components/studio-strings';
import { type EditorProps, textAt } from './editor-props';
import { TextField } from './Field';

const TEXT_FIELDS = ['id', 'city', 'policyVersion', 'date', 'expires', 'contact'] as const;

export function PackHeaderEditor({ document, edit, issuesAt }: EditorProps) {
  const s = studioStrings();
  const version = textAt(document, ['version']);
  return (
    <section aria-labelledby="studio-pack">
      <h2 id="studio-pack">{s.sectionPack}</h2>
      <TextField
        frame={{ path: ['version'], label: s.fields.version, hint: s.versionHint, issues: issuesAt(['version']) }}
        value={version}
        // A whole number is stored as one; anything else as typed, for the schema to name.
        onInput={(value) => edit(['version'], /^\d{1,10}$/.test(value.trim()) ? Number(value.trim()) : value)}
      />
      {TEXT_FIELDS.map((key) => (
        <TextField
          key={key}
          frame={{ path: [key], label: s.fields[key], issues: issuesAt([key]) }}
          value={textAt(document, [key])}
          // "expires" is optional: left empty, it is left out.
          onInput={(value) => edit([key], key === 'expires' && value === '' ? undefined : value)}
        />
      ))}
    </section>
  );
}

/** Each policy's clauses: the section, the clause's own words (verbatim) and its plain summary. */
import { studioStrings } from '../../components/studio-strings';
import { type EditorProps, listAt, textAt } from './editor-props';
import { TextField } from './Field';
import { Group } from './Group';

export function ClausesEditor({ document, edit, issuesAt, problemsUnder }: EditorProps) {
  const s = studioStrings();
  return (
    <section aria-labelledby="studio-clauses">
      <h2 id="studio-clauses">{s.sectionClauses}</h2>
      <p class="hint">{s.clausesIntro}</p>
      {listAt(document, ['policies']).map((_, i) => {
        const title = textAt(document, ['policies', i, 'title']) || textAt(document, ['policies', i, 'id']);
        return (
          <Group key={i} path={['policies', i]} legend={title} issues={issuesAt(['policies', i])}>
            <TextField frame={{ path: ['policies', i, 'title'], label: s.fields.title, issues: issuesAt(['policies', i, 'title']) }} value={textAt(document, ['policies', i, 'title'])} onInput={(v) => edit(['policies', i, 'title'], v)} />
            {listAt(document, ['policies', i, 'clauses']).map((_, j) => {
              const path = ['policies', i, 'clauses', j] as const;
              return (
                <Group key={j} path={path} legend={s.clauseLegend(textAt(document, [...path, 'section']))} issues={issuesAt(path)} problems={problemsUnder(path)} detail={textAt(document, [...path, 'summary'])} collapsible>
                  {(['section', 'text', 'summary'] as const).map((key) => (
                    <TextField
                      key={key}
                      frame={{ path: [...path, key], label: s.fields[key], issues: issuesAt([...path, key]) }}
                      value={textAt(document, [...path, key])}
                      multiline={key === 'text'}
                      onInput={(v) => edit([...path, key], v)}
                    />
                  ))}
                </Group>
              );
            })}
          </Group>
        );
      })}
    </section>
  );
}

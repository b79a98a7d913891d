/** Each rule: what it says (message, suggestion), how serious it is, and the drafts it must and must not flag. */
import { STRINGS } from '../../components/strings';
import { studioStrings } from '../../components/studio-strings';
import { type Category, CATEGORIES, SEVERITIES } from '../../rules/schema';
import { type EditorProps, linesAt, listAt, textAt } from './editor-props';
import { controlProps, FieldShell, TextField } from './Field';
import { Group } from './Group';
import { ListField } from './ListField';
import { getIn, type Path } from './pack-edit';

const isCategory = (value: string): value is Category => (CATEGORIES as readonly string[]).includes(value);

/** "employee §4.5, employee §4.8": the clauses a rule rests on, as its JSON names them. */
function citedClauses(clauses: unknown): string {
  if (!Array.isArray(clauses)) return '';
  return clauses
    .map((ref: unknown) => (ref && typeof ref === 'object' ? (ref as Record<string, unknown>) : {}))
    .map((ref) => `${String(ref.policy ?? '?')} §${String(ref.section ?? '?')}`)
    .join(', ');
}

function SeverityField({ path, value, props }: { path: Path; value: string; props: EditorProps }) {
  const s = studioStrings();
  const frame = { path, label: s.fields.severity, issues: props.issuesAt(path) };
  const known = (SEVERITIES as readonly string[]).includes(value);
  return (
    <FieldShell frame={frame}>
      <select {...controlProps(frame)} value={value} onChange={(event) => props.edit(path, event.currentTarget.value)}>
        {!known && <option value={value}>{value}</option>}
        {SEVERITIES.map((severity) => (
          <option key={severity} value={severity}>
            {s.severities[severity]}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function RulesEditor(props: EditorProps) {
  const { document, edit, issuesAt, problemsUnder } = props;
  const s = studioStrings();
  return (
    <section aria-labelledby="studio-rules">
      <h2 id="studio-rules">{s.sectionRules}</h2>
      <p class="hint">{s.rulesIntro}</p>
      {listAt(document, ['rules']).map((_, i) => {
        const rule = ['rules', i] as const;
        const category = textAt(document, [...rule, 'category']);
        return (
          <Group key={i} path={rule} legend={s.ruleLegend(textAt(document, [...rule, 'id']), isCategory(category) ? STRINGS.category[category] : category)} issues={issuesAt(rule)} problems={problemsUnder(rule)} detail={textAt(document, [...rule, 'message'])} collapsible>
            <p class="hint">{s.ruleCites(citedClauses(getIn(document, [...rule, 'clauses'])))}</p>
            <TextField frame={{ path: [...rule, 'message'], label: s.fields.message, issues: issuesAt([...rule, 'message']) }} value={textAt(document, [...rule, 'message'])} onInput={(v) => edit([...rule, 'message'], v)} multiline />
            <TextField
              frame={{ path: [...rule, 'suggestion'], label: s.fields.suggestion, issues: issuesAt([...rule, 'suggestion']) }}
              value={textAt(document, [...rule, 'suggestion'])}
              // Optional: left empty, it is left out.
              onInput={(v) => edit([...rule, 'suggestion'], v === '' ? undefined : v)}
              multiline
            />
            <SeverityField path={[...rule, 'severity']} value={textAt(document, [...rule, 'severity'])} props={props} />
            {(['match', 'noMatch'] as const).map((kind) => {
              const path = [...rule, 'examples', kind];
              return <ListField key={kind} frame={{ path, label: s.fields[kind], issues: issuesAt(path) }} items={linesAt(document, path)} onChange={(items) => edit(path, items)} />;
            })}
          </Group>
        );
      })}
    </section>
  );
}

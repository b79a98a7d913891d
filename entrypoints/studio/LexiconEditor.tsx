/** The city's own words: its names, e-mail domains, departments, titles, officials, accounts, hashtags and facilities. */
import { studioStrings } from '../../components/studio-strings';
import { LEXICON_FIELDS } from '../../rules/lexicon-fields';
import { type EditorProps, linesAt } from './editor-props';
import { Group } from './Group';
import { ListField } from './ListField';

export function LexiconEditor({ document, edit, issuesAt }: EditorProps) {
  const s = studioStrings();
  return (
    <section aria-labelledby="studio-lexicon">
      <h2 id="studio-lexicon">{s.sectionLexicon}</h2>
      <Group path={['lexicon']} legend={s.lexiconIntro} issues={issuesAt(['lexicon'])}>
        {LEXICON_FIELDS.map((field) => {
          const path = ['lexicon', field];
          return <ListField key={field} frame={{ path, label: s.lexicon[field], issues: issuesAt(path) }} items={linesAt(document, path)} onChange={(items) => edit(path, items)} rows={2} />;
        })}
      </Group>
    </section>
  );
}

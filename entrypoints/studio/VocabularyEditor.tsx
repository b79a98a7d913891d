/**
 * A pack's changes to PostCheck's word lists (`vocabulary`): for each list it
 * changes, the phrases added and removed, with the list's purpose beside them.
 * A list that protects speech takes additions only (the schema's floor); its
 * removals are shown only when the file already has some, to be seen refused.
 */
import { useState } from 'preact/hooks';
import { studioStrings } from '../../components/studio-strings';
import { bundledVocabulary } from '../../rules/vocabulary/index';
import { type EditorProps, keysAt, linesAt } from './editor-props';
import { Group } from './Group';
import { ListField } from './ListField';

export function VocabularyEditor({ document, edit, issuesAt }: EditorProps) {
  const s = studioStrings();
  const lists = bundledVocabulary();
  const changed = keysAt(document, ['vocabulary']);
  const unchanged = [...lists.keys()].filter((id) => !changed.includes(id)).sort();
  const [choice, setChoice] = useState('');
  const chosen = unchanged.includes(choice) ? choice : unchanged[0] ?? '';
  return (
    <section aria-labelledby="studio-vocabulary">
      <h2 id="studio-vocabulary">{s.sectionVocabulary}</h2>
      <p class="hint">{s.vocabularyIntro}</p>
      <Group path={['vocabulary']} legend={s.sectionVocabulary} issues={issuesAt(['vocabulary'])}>
        {changed.map((id) => {
          const list = lists.get(id);
          const removals = linesAt(document, ['vocabulary', id, 'remove']);
          const kinds = list?.protectsSpeech && !removals.length ? (['add'] as const) : (['add', 'remove'] as const);
          return (
            <Group key={id} path={['vocabulary', id]} legend={s.placeList(id)} issues={issuesAt(['vocabulary', id])}>
              {list && <p class="hint">{list.purpose}</p>}
              {list?.protectsSpeech && <p class="hint">{s.vocabularyFloor}</p>}
              {kinds.map((kind) => {
                const path = ['vocabulary', id, kind];
                return (
                  <ListField
                    key={kind}
                    frame={{ path, label: s.fields[kind], issues: issuesAt(path) }}
                    items={linesAt(document, path)}
                    // An empty side is left out, as a hand-written pack would.
                    onChange={(items) => edit(path, items.length ? items : undefined)}
                  />
                );
              })}
              <button type="button" class="button" onClick={() => edit(['vocabulary', id], undefined)}>
                {s.vocabularyDropList(id)}
              </button>
            </Group>
          );
        })}
        {unchanged.length > 0 && (
          <div class="field field--inline">
            <label for="studio-vocabulary-choice">{s.vocabularyChoose}</label>
            <select id="studio-vocabulary-choice" value={chosen} onChange={(event) => setChoice(event.currentTarget.value)}>
              {unchanged.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
            <button type="button" class="button" onClick={() => chosen && edit(['vocabulary', chosen], { add: [] })}>
              {s.vocabularyAddList}
            </button>
          </div>
        )}
      </Group>
    </section>
  );
}

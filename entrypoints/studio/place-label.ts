/** Where an issue is, named as the studio's form names it ("Rule grievance-coworker-dig — Message"), for the issue summary. */
import type { StudioStrings } from '../../components/studio-strings';
import { packPlace } from '../../rules/pack-places';
import { LEXICON_FIELDS, type LexiconField } from '../../rules/lexicon-fields';
import { textAt } from './editor-props';
import type { Json } from './pack-edit';
import type { StudioIssue } from './validation';

const isLexiconField = (key: unknown): key is LexiconField => (LEXICON_FIELDS as readonly unknown[]).includes(key);

function ownerOf(anchor: StudioIssue['path'], document: Json, s: StudioStrings): string {
  const [list, i, , j] = anchor;
  if (list === 'rules' && typeof i === 'number') return s.placeRule(textAt(document, ['rules', i, 'id']) || String(i + 1));
  if (list === 'policies' && typeof i === 'number') {
    const policy = textAt(document, ['policies', i, 'id']) || String(i + 1);
    return typeof j === 'number' ? s.placeClause(policy, textAt(document, ['policies', i, 'clauses', j, 'section']) || String(j + 1)) : s.placePolicy(policy);
  }
  if (list === 'lexicon') return s.sectionLexicon;
  if (list === 'vocabulary') return typeof i === 'string' ? s.placeList(i) : s.sectionVocabulary;
  return s.placePack;
}

function fieldOf(anchor: StudioIssue['path'], s: StudioStrings): string | null {
  const key = anchor.at(-1);
  if (anchor[0] === 'lexicon' && isLexiconField(key)) return s.lexicon[key];
  return typeof key === 'string' && Object.hasOwn(s.fields, key) ? s.fields[key as keyof StudioStrings['fields']] : null;
}

export function placeLabel(issue: StudioIssue, document: Json, s: StudioStrings): string {
  // Nothing in the form for it: named as `postcheck validate` names it.
  if (!issue.place) return issue.path.length ? packPlace(issue.path, document) : s.placePack;
  const owner = ownerOf(issue.place.anchor, document, s);
  const field = issue.place.kind === 'field' ? fieldOf(issue.place.anchor, s) : null;
  return field && owner !== field ? `${owner} — ${field}` : owner;
}

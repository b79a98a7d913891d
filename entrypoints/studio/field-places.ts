/**
 * Which field of the studio a schema issue belongs beside. The schema reports
 * a path into the document (`rules.3.examples.match.2`); the studio shows an
 * error at the deepest field or group it draws on that path: a list field for
 * one of its lines (`item` says which), a rule's or clause's group for what
 * has no field of its own (a detector's parameters, a clause reference), and
 * the summary alone for the rest.
 */
import type { Path } from './pack-edit';

/** `#`: an index; `*`: any key; anything else: that key. */
type Pattern = readonly string[];

const FIELDS: Pattern[] = [
  ['id'], ['city'], ['version'], ['policyVersion'], ['date'], ['expires'], ['contact'],
  ['policies', '#', 'title'],
  ['policies', '#', 'clauses', '#', 'section'],
  ['policies', '#', 'clauses', '#', 'text'],
  ['policies', '#', 'clauses', '#', 'summary'],
  ['rules', '#', 'message'],
  ['rules', '#', 'suggestion'],
  ['rules', '#', 'severity'],
  ['rules', '#', 'examples', 'match'],
  ['rules', '#', 'examples', 'noMatch'],
  ['lexicon', '*'],
  ['vocabulary', '*', 'add'],
  ['vocabulary', '*', 'remove'],
];

/** Groups (fieldsets) that take what their fields do not. */
const GROUPS: Pattern[] = [['policies', '#', 'clauses', '#'], ['policies', '#'], ['rules', '#'], ['vocabulary', '*'], ['lexicon'], ['vocabulary']];

/** Fields that hold a list, one entry per line. */
export const LIST_FIELDS: Pattern[] = FIELDS.filter((p) => ['match', 'noMatch', 'add', 'remove'].includes(p.at(-1)!) || p[0] === 'lexicon');

function matches(pattern: Pattern, path: Path): boolean {
  return pattern.length <= path.length && pattern.every((part, i) => (part === '#' ? typeof path[i] === 'number' : part === '*' ? typeof path[i] === 'string' : part === path[i]));
}

export interface Place {
  /** The field or group's path in the document. */
  anchor: Path;
  kind: 'field' | 'group';
  /** For a list field: which entry the issue is about. */
  item?: number;
}

export function placeOf(path: Path): Place | null {
  const field = FIELDS.find((pattern) => matches(pattern, path));
  if (field) {
    const anchor = path.slice(0, field.length);
    const next = path[field.length];
    const isList = LIST_FIELDS.includes(field);
    return { anchor, kind: 'field', ...(isList && typeof next === 'number' ? { item: next } : {}) };
  }
  const group = GROUPS.find((pattern) => matches(pattern, path));
  return group ? { anchor: path.slice(0, group.length), kind: 'group' } : null;
}

/**
 * Where in a pack a problem is, in the author's terms: the rule by its id and
 * the field (`rule "grievance-coworker-dig": severity`), the clause by its
 * policy and section, rather than positions in arrays (`rules.9.severity`),
 * which an author editing the JSON by hand would have to count.
 */

type Path = readonly PropertyKey[];

const LISTS: Record<string, string> = { rules: 'rule', imageRules: 'photo rule', policies: 'policy', notCheckable: 'not-checkable entry' };

// Only names that are plainly names are echoed back: a hostile pack's "id" may hold anything (control characters, a path).
const SHAPES = { id: /^[a-z0-9][a-z0-9.-]{0,63}$/, section: /^[\p{L}\p{N}][\p{L}\p{N} .,()§-]{0,79}$/u };

/** The element's own name (a rule's or policy's id, a clause's section) when it has a usable one. */
function nameOf(element: unknown, key: 'id' | 'section'): string | undefined {
  const value = at(element, key);
  return typeof value === 'string' && SHAPES[key].test(value) ? value : undefined;
}

function at(data: unknown, key: PropertyKey): unknown {
  return data !== null && typeof data === 'object' && Object.hasOwn(data, key) ? (data as Record<PropertyKey, unknown>)[key] : undefined;
}

const fieldPath = (path: Path) => path.map(String).join('.');

/** "rule "x": severity", "policy "employee" section "4.5": text", or the dotted path where nothing has a name. */
export function packPlace(path: Path, data: unknown): string {
  const [list, index, ...rest] = path;
  if (list === undefined) return '';
  const noun = typeof list === 'string' ? LISTS[list] : undefined;
  if (!noun || typeof index !== 'number') return fieldPath(path);
  const element = at(at(data, list), index);
  const id = nameOf(element, 'id');
  let place = id !== undefined && list !== 'notCheckable' ? `${noun} "${id}"` : `${noun} ${index + 1}`;
  let field = rest;
  if (list === 'policies' && rest[0] === 'clauses' && typeof rest[1] === 'number') {
    const section = nameOf(at(at(element, 'clauses'), rest[1]), 'section');
    place += section !== undefined ? ` section "${section}"` : ` clause ${rest[1] + 1}`;
    field = rest.slice(2);
  }
  return field.length ? `${place}: ${fieldPath(field)}` : place;
}

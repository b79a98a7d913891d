/**
 * The pack being edited is kept as the JSON document itself (not the parsed
 * pack), so a half-finished field stays as typed and the file is saved as the
 * author wrote it. Edits replace the path they touch and copy only its parents.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = readonly (string | number)[];

function isRecord(value: unknown): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function getIn(value: Json | undefined, path: Path): Json | undefined {
  let here: Json | undefined = value;
  for (const key of path) {
    if (Array.isArray(here) && typeof key === 'number') here = here[key];
    else if (isRecord(here) && typeof key === 'string' && Object.hasOwn(here, key)) here = here[key];
    else return undefined;
  }
  return here;
}

/** A copy of `value` with `next` at `path` (undefined removes the key: an optional field left empty). */
export function setIn(value: Json, path: Path, next: Json | undefined): Json {
  const [key, ...rest] = path;
  if (key === undefined) return next ?? null;
  if (Array.isArray(value) && typeof key === 'number') {
    const copy = [...value];
    copy[key] = setIn(value[key] ?? {}, rest, next);
    return copy;
  }
  const record = isRecord(value) ? { ...value } : {};
  const child = record[String(key)];
  if (!rest.length && next === undefined) delete record[String(key)];
  else record[String(key)] = setIn(child ?? (typeof rest[0] === 'number' ? [] : {}), rest, next);
  return record;
}

/** The field's id in the page: what the summary links to and what an error is described by. */
export function fieldId(path: Path): string {
  return `field-${path.map((key) => String(key).replace(/[^A-Za-z0-9_-]/g, '_')).join('.')}`;
}

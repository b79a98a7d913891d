/** What every section of the studio's form is given: the document, a way to change one path of it, and the issues beside each field. */
import { getIn, type Json, type Path } from './pack-edit';
import type { StudioIssue } from './validation';

export interface EditorProps {
  document: Json;
  edit: (path: Path, value: Json | undefined) => void;
  issuesAt: (path: Path) => readonly StudioIssue[];
  /** How many issues lie anywhere under a path (a folded rule or clause shows the count). */
  problemsUnder: (path: Path) => number;
}

/** The text at a path ('' where the file has none, or has something else there: the schema says so beside the field). */
export function textAt(document: Json, path: Path): string {
  const value = getIn(document, path);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

export function listAt(document: Json, path: Path): Json[] {
  const value = getIn(document, path);
  return Array.isArray(value) ? value : [];
}

/** A list of phrases or drafts as text lines (an entry that is not text is shown as its JSON). */
export function linesAt(document: Json, path: Path): string[] {
  return listAt(document, path).map((entry) => (typeof entry === 'string' ? entry : JSON.stringify(entry)));
}

export function keysAt(document: Json, path: Path): string[] {
  const value = getIn(document, path);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
}

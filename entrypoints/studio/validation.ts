/**
 * Live validation: the pack schema itself (rules/schema.ts, the same `Pack`
 * that `postcheck validate`, `postcheck sign` and the updater parse with), its
 * issues placed beside the studio's fields (field-places.ts).
 */
import type { Pack as PackType } from '../../rules/schema';
import { Pack } from '../../rules/schema';
import { placeOf, type Place } from './field-places';
import type { Json, Path } from './pack-edit';

export interface StudioIssue {
  path: Path;
  /** zod's issue code and bounds, for the studio's plainer wording of the common ones. */
  code: string;
  minimum?: number;
  maximum?: number;
  message: string;
  place: Place | null;
}

export type Validation = { ok: true; pack: PackType; issues: [] } | { ok: false; issues: StudioIssue[] };

const asNumber = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : undefined);

export function validatePack(document: Json): Validation {
  const result = Pack.safeParse(document);
  if (result.success) return { ok: true, pack: result.data, issues: [] };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const bounds = issue as { minimum?: unknown; maximum?: unknown; origin?: unknown };
      const minimum = bounds.origin === 'string' || bounds.origin === 'array' ? asNumber(bounds.minimum) : undefined;
      const maximum = bounds.origin === 'string' || bounds.origin === 'array' ? asNumber(bounds.maximum) : undefined;
      return {
        path,
        code: `${issue.code}${typeof bounds.origin === 'string' ? `:${bounds.origin}` : ''}`,
        ...(minimum === undefined ? {} : { minimum }),
        ...(maximum === undefined ? {} : { maximum }),
        message: issue.message,
        place: placeOf(path),
      };
    }),
  };
}

const keyOf = (path: Path) => path.join('.');

/** Issues by the field or group they belong beside. */
export function issuesByAnchor(issues: readonly StudioIssue[]): Map<string, StudioIssue[]> {
  const byAnchor = new Map<string, StudioIssue[]>();
  for (const issue of issues) {
    if (!issue.place) continue;
    const key = keyOf(issue.place.anchor);
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), issue]);
  }
  return byAnchor;
}

export { keyOf as anchorKey };

/**
 * The one-click fix a finding allows, from what its detector knows: a phone
 * number, e-mail address, SSN or door code can simply be taken out; a note
 * that reads as speaking for the City can take "Views are my own." where the
 * pack lets a disclaimer lower it. Anything else needs the employee's words.
 */
import type { Hit } from './detectors/types';
import { DISCLAIMER_TEXT, type FindingFix, REMOVABLE_KINDS, type RemovableKind } from './finding-kinds';

const removable = new Set<string>(REMOVABLE_KINDS);

export function fixFor(hit: Hit, text: string): FindingFix | undefined {
  if (hit.kind && removable.has(hit.kind)) {
    const value = hit.value ?? hit;
    // Only a part of the hit, and only words with something in them, are offered for removal.
    if (value.start < hit.start || value.end > hit.end || value.end <= value.start) return undefined;
    return { action: 'remove', what: hit.kind as RemovableKind, offset: value.start - hit.start, words: text.slice(value.start, value.end) };
  }
  if (hit.disclaimable) return { action: 'append', what: 'disclaimer', text: DISCLAIMER_TEXT };
  return undefined;
}

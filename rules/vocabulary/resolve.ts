/**
 * The word lists a pack checks with: the bundled lists (base.ts) with the
 * pack's additions and removals applied. Resolved once per pack — cached by
 * its `vocabulary` object, as the engine caches merged lexicons — and a pack
 * without changes gets the bundled lists themselves, so the detectors, which
 * compile their lists once per resolved vocabulary, share one compilation
 * across every such pack. No zod here (the checker's content script runs it):
 * the schema (rules/pack-vocabulary.ts) has refused unknown lists, duplicates
 * and removals from the protected lists; this stays total whatever it is given.
 */
import { BASE_VOCABULARY, type ListId, type Vocabulary, type VocabularyList } from './base';

export interface ListChange {
  readonly add?: readonly string[];
  readonly remove?: readonly string[];
}
export type VocabularyChanges = Readonly<Record<string, ListChange>>;

/**
 * By the pack's `vocabulary` object rather than the pack: the page's warm-up checks with copies of
 * the pack ({ ...pack, rules: [one] }, entrypoints/content/draft-checker.ts), which must build the
 * very lists the real checks then use.
 */
const resolved = new WeakMap<VocabularyChanges, Vocabulary>();

function isListId(id: string): id is ListId {
  return Object.hasOwn(BASE_VOCABULARY, id);
}

/** The pack's word lists; the same object for the same pack (and BASE_VOCABULARY for a pack that changes none). */
export function packVocabulary(pack: { readonly vocabulary?: VocabularyChanges }): Vocabulary {
  const changes = pack.vocabulary;
  if (!changes || typeof changes !== 'object') return BASE_VOCABULARY;
  let vocabulary = resolved.get(changes);
  if (!vocabulary) {
    vocabulary = resolve(changes);
    resolved.set(changes, vocabulary);
  }
  return vocabulary;
}

function resolve(changes: VocabularyChanges): Vocabulary {
  const lists: Record<ListId, VocabularyList> = { ...BASE_VOCABULARY };
  let changed = false;
  for (const [id, change] of Object.entries(changes)) {
    if (!isListId(id) || !change || typeof change !== 'object') continue;
    const list = applyChange(lists[id], change);
    changed ||= list !== lists[id];
    lists[id] = list;
  }
  return changed ? lists : BASE_VOCABULARY;
}

/** The list with the removals dropped and the additions after its own phrases; the list itself when nothing changes. */
function applyChange(list: VocabularyList, change: ListChange): VocabularyList {
  const remove = new Set(strings(change.remove));
  const add = strings(change.add);
  if (!add.length && !list.phrases.some((p) => remove.has(p))) return list;
  const phrases = [...list.phrases.filter((p) => !remove.has(p)), ...add];
  return list.exceptions ? { phrases, exceptions: list.exceptions } : { phrases };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

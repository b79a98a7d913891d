/** The labelled sets: the team corpus, the realistic corpus (and its held-out writers) and the blind sets. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LabelledDraft } from './scoring';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
export const TEAM_CORPUS = root('tests/fixtures/corpus/drafts.jsonl');
export const CORPUS = root('corpus/drafts.jsonl');
export const BLIND_DIR = root('corpus/blind/');

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** The team corpus (short drafts by the people who wrote the rules): the rules' regression set, and the bench's drafts. */
export function loadTeamCorpus(): LabelledDraft[] {
  return readJsonl<LabelledDraft>(TEAM_CORPUS);
}

export function blindSets(): { name: string; drafts: LabelledDraft[] }[] {
  if (!existsSync(BLIND_DIR)) return [];
  return readdirSync(BLIND_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    // b7 … b9, b10 … b12: in the order they were written, not as text sorts them.
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((f) => ({ name: f.replace(/\.jsonl$/, ''), drafts: readJsonl<LabelledDraft>(`${BLIND_DIR}${f}`) }));
}

/** Writers whose drafts the model never trained on (judgment.json says which). */
export function heldOutDrafts(writers: readonly string[]): LabelledDraft[] {
  if (!existsSync(CORPUS)) return [];
  const set = new Set(writers);
  return readJsonl<LabelledDraft>(CORPUS).filter((d) => d.writer && set.has(d.writer));
}

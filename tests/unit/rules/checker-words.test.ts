// The checker's own words in Spanish: every note a detector appends to a message has its translation.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkerWords, NOTES_ES } from '../../../rules/checker-words';

/** Every `note: '…'` a detector writes. */
function detectorNotes(): string[] {
  const notes = new Set<string>();
  for (const file of readdirSync('rules/detectors').filter((f) => f.endsWith('.ts')))
    for (const [, note] of readFileSync(`rules/detectors/${file}`, 'utf8').matchAll(/\bnote:\s*'((?:[^'\\]|\\.)*)'/g)) notes.add(note!.replace(/\\(.)/g, '$1'));
  return [...notes];
}

describe('the checker’s own words', () => {
  it('finds the detectors’ notes (the test reads the source)', () => {
    expect(detectorNotes().length).toBeGreaterThan(0);
  });

  it('has every detector note in Spanish', () => {
    for (const note of detectorNotes()) {
      expect(Object.hasOwn(NOTES_ES, note), note).toBe(true);
      expect(checkerWords('es').note(note)).not.toBe(note);
    }
  });

  it('keeps an unknown note in English rather than dropping it', () => {
    expect(checkerWords('es').note('A brand-new note.')).toBe('A brand-new note.');
  });

  it('counts faces in each language', () => {
    expect(checkerWords('en').facesFound(1)).toBe('(1 face found.)');
    expect(checkerWords('es').facesFound(1)).toBe('(Se ve 1 rostro).');
    expect(checkerWords('es').facesFound(3)).toBe('(Se ven 3 rostros).');
  });
});

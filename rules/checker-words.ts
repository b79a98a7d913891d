/**
 * The few words the checker itself adds to a pack's messages (how many faces
 * a photo shows, where it was taken, a detector's note), in each language.
 * Detectors write their notes in English; a note without a translation here
 * stays English (tests/unit/rules/checker-words.test.ts finds every note).
 */
import type { Language } from './language';

export interface CheckerWords {
  facesFound(n: number): string;
  takenAt(place: string): string;
  /** A finding from words read in an attached photo. */
  inPhotoText(message: string): string;
  /** A detector's note, appended to its rule's message. */
  note(english: string): string;
}

const EN: CheckerWords = {
  facesFound: (n) => `(${n} ${n === 1 ? 'face' : 'faces'} found.)`,
  takenAt: (place) => `(Taken at ${place}.)`,
  inPhotoText: (message) => `Text in the photo: ${message}`,
  note: (english) => english,
};

/** Detectors' notes in Spanish, by their English wording. */
export const NOTES_ES: Readonly<Record<string, string>> = {
  'Swearing that is not aimed at anyone is only a note, but some policies still ask for none.':
    'Una grosería que no va dirigida a nadie queda solo como nota, aunque algunas políticas piden no usarlas.',
};

const ES: CheckerWords = {
  facesFound: (n) => (n === 1 ? '(Se ve 1 rostro).' : `(Se ven ${n} rostros).`),
  takenAt: (place) => `(Tomada en ${place}).`,
  inPhotoText: (message) => `Texto en la foto: ${message}`,
  note: (english) => (Object.hasOwn(NOTES_ES, english) ? NOTES_ES[english]! : english),
};

const WORDS: Record<Language, CheckerWords> = { en: EN, es: ES };

export function checkerWords(language: Language): CheckerWords {
  return WORDS[language];
}

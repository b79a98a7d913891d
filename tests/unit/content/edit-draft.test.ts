/**
 * One-click fixes check the draft before they act (dom/edit-draft.ts): when the
 * words a note flagged are no longer where it found them — the employee typed
 * on, the site changed the draft — nothing is selected and nothing is edited.
 * (The edits themselves run in the four editors in tests/e2e/note-fixes.spec.ts.)
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendText, removeWords } from '../../../entrypoints/content/dom/edit-draft';

const page = parseHTML('<!doctype html><html><body><div contenteditable="true"><p>my coworker Tina’s cell is 318-555-0143 if you need her</p></div></body></html>');

beforeAll(() => {
  // The module reads the DOM's classes and constants from the page's globals, as in a content script (linkedom has no NodeFilter).
  Object.assign(globalThis, { Node: page.Node, NodeFilter: { SHOW_ELEMENT: 1, SHOW_TEXT: 4 }, HTMLTextAreaElement: page.HTMLTextAreaElement, HTMLInputElement: page.HTMLInputElement });
});

const editor = () => page.document.querySelector('[contenteditable]') as unknown as HTMLElement;
const html = () => editor().innerHTML;

describe('a fix on a draft that changed', () => {
  it('removes nothing when the flagged words are not at their place', async () => {
    const before = html();
    // The number moved three characters on ("Hi " typed before it).
    expect(await removeWords(editor(), 27 + 3, '318-555-0143')).toBe('stale');
    // Different words at the place.
    expect(await removeWords(editor(), 27, '318-555-0199')).toBe('stale');
    expect(html()).toBe(before);
  });

  it('adds nothing when the note’s words are gone', async () => {
    const before = html();
    expect(await appendText(editor(), 'Views are my own.', { at: 0, words: 'On behalf of the City' })).toBe('stale');
    expect(html()).toBe(before);
  });
});

/**
 * One-click fixes, made the way the user's own typing would make them: the
 * words are selected with the Selection API inside the editor, then the
 * browser's editing command runs (`delete`, `insertText`). The browser sends
 * the editor its own beforeinput and input events, so Draft.js, Lexical, Quill
 * and ProseMirror each update their state (and their undo history) as for a
 * keystroke; PostCheck never writes the editor's DOM itself.
 */
import { readEditorText } from './editor-text';
import { pointAt } from './offsets';

/** done: the draft now reads as intended; stale: the words were not where the note found them, nothing was done; failed: the editor did not take the edit. */
export type EditOutcome = 'done' | 'stale' | 'failed';

const isTextField = (editor: HTMLElement) => editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement;

/** Editors that follow the DOM selection on `selectionchange` (Lexical) read it a task later. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Selects text[start, end) in the editor; false when the offsets do not land in its text. */
function select(editor: HTMLElement, start: number, end: number): boolean {
  const { segments } = readEditorText(editor);
  const from = pointAt(segments, start);
  const to = pointAt(segments, end);
  const selection = document.getSelection();
  if (!from || !to || !selection) return false;
  editor.focus({ preventScroll: true });
  // Chromium accepts a document selection inside an open shadow root (LinkedIn's composer), as caret.ts relies on.
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  return true;
}

/** The draft's text as checked: the same reading the checker gets. */
const draftText = (editor: HTMLElement) => readEditorText(editor).text;

/** Takes `words` out at `start`, if they are still there. */
export async function removeWords(editor: HTMLElement, start: number, words: string): Promise<EditOutcome> {
  if (!editor.isConnected || isTextField(editor) || !words) return 'failed';
  const before = draftText(editor);
  if (before.slice(start, start + words.length) !== words) return 'stale';
  // An editor may put back a selection of its own as it takes focus: select again once before giving up.
  for (let attempt = 0; ; attempt++) {
    if (!select(editor, start, start + words.length)) return 'failed';
    await nextTask();
    if (draftText(editor) !== before) return 'stale';
    // Act only on exactly those words.
    if (document.getSelection()?.toString().replace(/\u00a0/g, ' ') === words) break;
    if (attempt === 1) return 'failed';
  }
  document.execCommand('delete');
  return (await settled(editor)) === before.slice(0, start) + before.slice(start + words.length) ? 'done' : 'failed';
}

/** Adds `text` at the end of the draft, after checking that `expect` (the flagged words) is still at `at`. */
export async function appendText(editor: HTMLElement, text: string, expect: { at: number; words: string }): Promise<EditOutcome> {
  if (!editor.isConnected || isTextField(editor)) return 'failed';
  const before = draftText(editor);
  if (before.slice(expect.at, expect.at + expect.words.length) !== expect.words) return 'stale';
  const end = before.trimEnd().length;
  if (!select(editor, end, end)) return 'failed';
  await nextTask();
  if (draftText(editor) !== before) return 'stale';
  // Typed after the last word, as the user would: one space before it unless the draft ends in a line break.
  const insert = before.slice(0, end).endsWith('\n') || end === 0 ? text : ` ${text}`;
  document.execCommand('insertText', false, insert);
  const after = await settled(editor);
  return after.slice(0, end + insert.length) === before.slice(0, end) + insert ? 'done' : 'failed';
}

/** The draft once the editor has drawn its change (Draft.js and Lexical render it a moment after the input event). */
async function settled(editor: HTMLElement): Promise<string> {
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  await nextTask();
  return draftText(editor);
}

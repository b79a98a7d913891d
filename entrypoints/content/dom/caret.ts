/** Puts the caret in an editor at a text offset: focus and selection only, the editor's DOM is not changed. */
import { readEditorText } from './editor-text';
import { pointAt } from './offsets';

export function placeCaret(editor: HTMLElement, offset: number): void {
  if (!editor.isConnected) return;
  editor.focus({ preventScroll: false });
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.setSelectionRange(offset, offset);
    return;
  }
  const point = pointAt(readEditorText(editor).segments, offset);
  if (!point) return;
  // Chromium accepts a document selection inside an open shadow root (LinkedIn's composer).
  document.getSelection()?.collapse(point.node, point.offset);
}

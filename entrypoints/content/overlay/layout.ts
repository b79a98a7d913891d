/** Where each flagged word of each compose box is on screen right now. Reads the DOM; never writes to it. */
import type { Finding } from '../../../rules/finding';
import { readEditorText } from '../dom/editor-text';
import { type Box, boxesForSpan, carryFindings, visibleBox } from '../dom/offsets';
import type { SurfaceView } from './store';

export interface FindingLayout {
  finding: Finding;
  /** Boxes clipped to the editor's visible area; empty when the words are scrolled out of view. */
  boxes: Box[];
}

export interface SurfaceLayout {
  view: SurfaceView;
  /** The visible part of the editor, or null when it is off screen. */
  visible: Box | null;
  /** The editor's text now (may be newer than the check). */
  text: string;
  findings: FindingLayout[];
}

function clip(box: Box, to: Box): Box | null {
  const left = Math.max(box.left, to.left);
  const top = Math.max(box.top, to.top);
  const right = Math.min(box.left + box.width, to.left + to.width);
  const bottom = Math.min(box.top + box.height, to.top + to.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

export function layoutSurface(view: SurfaceView): SurfaceLayout {
  const { editor } = view.surface;
  const visible = editor.isConnected ? visibleBox(editor) : null;
  const { text, segments } = readEditorText(editor);
  const findings = carryFindings(view.checkedText, text, view.findings).map((finding) => ({
    finding,
    // Notes about an attached photo point at no words: they have no highlight.
    boxes: visible && !finding.attachment
      ? boxesForSpan(segments, finding.start, finding.end)
          .map((b) => clip(b, visible))
          .filter((b): b is Box => b !== null)
      : [],
  }));
  return { view, visible, text, findings };
}

export function boxContains(box: Box, x: number, y: number, slop = 2): boolean {
  return x >= box.left - slop && x <= box.left + box.width + slop && y >= box.top - slop && y <= box.top + box.height + slop;
}

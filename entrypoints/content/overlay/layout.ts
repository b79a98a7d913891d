/** Where each compose box, its words, its flagged words and its Post button are on screen right now. Reads the DOM; never writes to it. */
import type { Finding } from '../../../rules/finding';
import { readEditorText, type TextSegment } from '../dom/editor-text';
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
  /** Where the draft's words are drawn (all of them, as one box, clipped to the visible part): the chip keeps off it. */
  textBox: Box | null;
  /** The site's Post/Reply/Comment control for this box, when it is rendered: nothing of PostCheck's covers it. */
  submit: Box | null;
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

/** The box around all of a draft's text, or null when it has none laid out. */
function textBoxOf(segments: readonly TextSegment[]): Box | null {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, 0);
  range.setEnd(last.node, last.node.data.length);
  const r = range.getBoundingClientRect();
  return r.width > 0 || r.height > 0 ? { left: r.left, top: r.top, width: r.width, height: r.height } : null;
}

/**
 * The submit control found for each editor. Looked up again after typing and
 * when the one found has left the page, not on every frame of a scroll (the
 * lookup searches the box's surroundings). Used for drawing only: the submit
 * guard looks its control up on every event.
 */
const submitControls = new WeakMap<HTMLElement, HTMLElement | null>();

function submitBoxOf(view: SurfaceView, fresh: boolean): Box | null {
  const { editor } = view.surface;
  let control = submitControls.get(editor);
  if (fresh || !control?.isConnected) {
    control = view.surface.submitControl();
    submitControls.set(editor, control);
  }
  if (!control) return null;
  const r = control.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, width: r.width, height: r.height } : null;
}

/** `fresh`: look the site's submit control up again (after an edit), rather than measure the one found before. */
export function layoutSurface(view: SurfaceView, fresh = true): SurfaceLayout {
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
  const words = visible && textBoxOf(segments);
  const textBox = visible && words ? clip(words, visible) : null;
  return { view, visible, textBox, submit: visible ? submitBoxOf(view, fresh) : null, text, findings };
}

export function boxContains(box: Box, x: number, y: number, slop = 2): boolean {
  return x >= box.left - slop && x <= box.left + box.width + slop && y >= box.top - slop && y <= box.top + box.height + slop;
}

/** The window's visible area, without its scroll bars: what PostCheck's pieces must stay inside. */
export function viewportNow(): { width: number; height: number } {
  const root = document.documentElement;
  return { width: root.clientWidth || window.innerWidth, height: root.clientHeight || window.innerHeight };
}

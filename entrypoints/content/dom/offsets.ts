/**
 * From offsets in a draft's text to places in the editor's DOM. Reads only:
 * Ranges are created and measured, never inserted or applied to the editor.
 */
import type { Finding } from '../../../rules/finding';
import type { TextSegment } from './editor-text';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Viewport boxes covering text[start, end), one or more per line; empty when nothing is laid out. */
export function boxesForSpan(segments: readonly TextSegment[], start: number, end: number): Box[] {
  const boxes: Box[] = [];
  for (const seg of segments) {
    const segEnd = seg.start + seg.node.data.length;
    if (segEnd <= start || seg.start >= end || !seg.node.isConnected) continue;
    const range = seg.node.ownerDocument.createRange();
    range.setStart(seg.node, Math.max(0, start - seg.start));
    range.setEnd(seg.node, Math.min(seg.node.data.length, end - seg.start));
    for (const rect of range.getClientRects()) {
      if (rect.width > 0 && rect.height > 0) boxes.push({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });
    }
  }
  return boxes;
}

/** The DOM point at a text offset (for placing the caret), or null when the offset is between blocks. */
export function pointAt(segments: readonly TextSegment[], offset: number): { node: Text; offset: number } | null {
  for (const seg of segments) {
    if (offset >= seg.start && offset <= seg.start + seg.node.data.length) return { node: seg.node, offset: offset - seg.start };
  }
  return null;
}

/**
 * Carries findings over an edit made after the check: findings before the
 * edited stretch stay, those after it shift, those touching it are dropped
 * until the next check (a few hundred ms later). Keeps highlights on the right
 * words while the user types.
 */
export function carryFindings(checkedText: string, currentText: string, findings: readonly Finding[]): Finding[] {
  if (checkedText === currentText) return [...findings];
  let prefix = 0;
  const shortest = Math.min(checkedText.length, currentText.length);
  while (prefix < shortest && checkedText.charCodeAt(prefix) === currentText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    checkedText.charCodeAt(checkedText.length - 1 - suffix) === currentText.charCodeAt(currentText.length - 1 - suffix)
  ) {
    suffix++;
  }
  const editEnd = checkedText.length - suffix;
  const delta = currentText.length - checkedText.length;
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.end <= prefix) out.push(f);
    else if (f.start >= editEnd) out.push({ ...f, start: f.start + delta, end: f.end + delta });
  }
  return out;
}

/** The visible part of an element: its box clipped by every scrolling ancestor and the viewport. */
export function visibleBox(el: Element): Box | null {
  const r = el.getBoundingClientRect();
  let left = Math.max(r.left, 0);
  let top = Math.max(r.top, 0);
  let right = Math.min(r.right, window.innerWidth);
  let bottom = Math.min(r.bottom, window.innerHeight);
  for (let a = parentAcrossShadow(el); a; a = parentAcrossShadow(a)) {
    const style = getComputedStyle(a);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const c = a.getBoundingClientRect();
    left = Math.max(left, c.left);
    top = Math.max(top, c.top);
    right = Math.min(right, c.right);
    bottom = Math.min(bottom, c.bottom);
  }
  if (right <= left || bottom <= top) return null;
  return { left, top, width: right - left, height: bottom - top };
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

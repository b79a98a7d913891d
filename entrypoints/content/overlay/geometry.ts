/** Plain rectangle arithmetic for placing the overlay's pieces (viewport coordinates, no DOM). */
import type { Box } from '../dom/offsets';

export interface Size {
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** How far PostCheck's pieces keep from the window's edges and from what they must not cover. */
export const EDGE = 8;
export const GAP = 6;

export const right = (b: Box) => b.left + b.width;
export const bottom = (b: Box) => b.top + b.height;

export function intersects(a: Box, b: Box): boolean {
  return a.left < right(b) && b.left < right(a) && a.top < bottom(b) && b.top < bottom(a);
}

export function insideViewport(b: Box, viewport: Viewport): boolean {
  return b.left >= 0 && b.top >= 0 && right(b) <= viewport.width && bottom(b) <= viewport.height;
}

export const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/** The smallest box holding every box given, or null for none. */
export function union(boxes: readonly Box[]): Box | null {
  if (!boxes.length) return null;
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  return { left, top, width: Math.max(...boxes.map(right)) - left, height: Math.max(...boxes.map(bottom)) - top };
}

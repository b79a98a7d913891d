/**
 * Where the hover card goes, from its measured size: below the highlighted
 * words or above them, moved sideways if that clears the chip or the site's
 * Post button, and shortened (it scrolls) when no side has room for all of it.
 * It never covers the words it is about, the obstacles, or the window's edge.
 */
import type { Box } from '../dom/offsets';
import { bottom, clamp, EDGE, GAP, right, type Size, type Viewport } from './geometry';

export interface CardPlace {
  left: number;
  top: number;
  /** The card's height as placed: its full height, or less where it has to scroll. */
  height: number;
}

type Side = 'below' | 'above';

/** The free height on one side of the anchor, in the column [left, left + width), up to the first obstacle or the window's edge. */
function roomOn(side: Side, anchor: Box, left: number, width: number, viewport: Viewport, obstacles: readonly Box[]): number {
  const inColumn = obstacles.filter((o) => o.left < left + width && right(o) > left);
  if (side === 'below') {
    const start = bottom(anchor) + GAP;
    let end = viewport.height - EDGE;
    for (const o of inColumn) {
      if (bottom(o) <= start) continue;
      end = Math.min(end, o.top - GAP);
    }
    return end - start;
  }
  const end = anchor.top - GAP;
  let start = EDGE;
  for (const o of inColumn) {
    if (o.top >= end) continue;
    start = Math.max(start, bottom(o) + GAP);
  }
  return end - start;
}

/** Left edges to try: under the words first, then just clear of each obstacle, nearest first. */
function columns(anchor: Box, width: number, viewport: Viewport, obstacles: readonly Box[]): number[] {
  const fit = (x: number) => clamp(x, EDGE, Math.max(EDGE, viewport.width - width - EDGE));
  const first = fit(anchor.left);
  const others = obstacles.flatMap((o) => [fit(o.left - GAP - width), fit(right(o) + GAP)]).filter((x) => x !== first);
  others.sort((a, b) => Math.abs(a - first) - Math.abs(b - first));
  return [first, ...new Set(others)];
}

export function placeCard(anchor: Box, size: Size, viewport: Viewport, obstacles: readonly Box[]): CardPlace {
  let best: { left: number; side: Side; room: number } | null = null;
  for (const left of columns(anchor, size.width, viewport, obstacles)) {
    for (const side of ['below', 'above'] as const) {
      const room = roomOn(side, anchor, left, size.width, viewport, obstacles);
      if (room >= size.height) return at(anchor, left, side, size.height, viewport);
      if (!best || room > best.room) best = { left, side, room };
    }
  }
  // Nowhere has room for all of it: the roomiest spot, with the card scrolling. A sliver is still kept on screen.
  const chosen = best ?? { left: EDGE, side: 'below' as const, room: size.height };
  return at(anchor, chosen.left, chosen.side, Math.max(Math.min(chosen.room, size.height), Math.min(size.height, MIN_HEIGHT)), viewport);
}

/** A card shorter than this shows too little to read: it may then cover what it would otherwise avoid. */
const MIN_HEIGHT = 48;

function at(anchor: Box, left: number, side: Side, wanted: number, viewport: Viewport): CardPlace {
  const height = Math.min(wanted, viewport.height - 2 * EDGE);
  const top = side === 'below' ? bottom(anchor) + GAP : anchor.top - GAP - height;
  return { left, top: clamp(top, EDGE, viewport.height - EDGE - height), height };
}

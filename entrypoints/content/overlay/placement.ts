/**
 * Where the chip and the notes panel go: beside the compose box, never over
 * the employee's words, the site's Post button or another of its controls,
 * and inside the window. Pure geometry; what lies under a spot on the page is
 * asked through `controlUnder` (dom/controls-at.ts).
 */
import type { Finding } from '../../../rules/finding';
import { severityRank } from '../../../rules/finding';
import type { Severity } from '../../../rules/schema';
import type { Box } from '../dom/offsets';
import { bottom, clamp, EDGE, GAP, insideViewport, intersects, right, type Size, type Viewport } from './geometry';

export function worstSeverity(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((worst, f) => (severityRank(f.severity) < severityRank(worst) ? f.severity : worst), 'info');
}

export interface ChipSurroundings {
  /** The editor's visible box. */
  box: Box;
  /** Where the draft's text is drawn (null when none of it is visible). */
  text: Box | null;
  /** The site's Post/Reply/Comment control for this box, when it is rendered. */
  submit: Box | null;
  viewport: Viewport;
}

/** The page's control (button, link, field) under a screen box, or null when the spot is clear. */
export type ControlUnder = (spot: Box) => Box | null;

/** A submit control this close below the box (or beside it) belongs to the box's own row of actions. */
const ACTIONS_REACH = 64;
/** How many of the page's controls a spot may step left past before the row counts as full. */
const MAX_STEPS = 4;

interface Row {
  top: number;
  /** Where the chip's right edge starts before stepping left. */
  right: number;
  /** Only the last resort may sit inside the box (in its empty corner). */
  inBox?: boolean;
}

/**
 * A spot on a row (fixed top), as far right as `startRight` allows and stepping
 * left past whatever it would cover, but never further left than `minLeft`.
 */
function spotOnRow(row: Row, minLeft: number, size: Size, around: ChipSurroundings, controlUnder: ControlUnder): Box | null {
  let rightEdge = row.right;
  for (let step = 0; step <= MAX_STEPS; step++) {
    const spot = { left: rightEdge - size.width, top: row.top, width: size.width, height: size.height };
    if (spot.left < minLeft || !insideViewport(spot, around.viewport)) return null;
    // Inside the box the chip would read as part of the editor, and the words typed next would run under it.
    if (!row.inBox && intersects(spot, around.box)) return null;
    // Stepping left does not get past the text: it fills the lines it is on.
    if (around.text && intersects(spot, around.text)) return null;
    if (around.submit && intersects(spot, around.submit)) {
      rightEdge = around.submit.left - GAP;
      continue;
    }
    const control = controlUnder(spot);
    if (!control) return spot;
    rightEdge = control.left - GAP;
  }
  return null;
}

/**
 * The chip (with its shortcut hint) sits outside the text: on the row of the
 * box's actions, left of its Post button; else just below the box's bottom
 * edge; else just above its top edge; else in the box's empty bottom-right
 * corner. Failing all of those (a box filling the window), below the box,
 * kept inside the window.
 */
export function placeChip(size: Size, around: ChipSurroundings, controlUnder: ControlUnder): Box {
  const { box, submit, viewport } = around;
  const minLeft = Math.max(0, box.left - GAP);
  const rows: Row[] = [];
  if (submit && submit.top >= box.top && submit.top - bottom(box) <= ACTIONS_REACH) {
    rows.push({ top: submit.top + (submit.height - size.height) / 2, right: submit.left - GAP });
  }
  rows.push({ top: bottom(box) + 4, right: right(box) });
  rows.push({ top: box.top - size.height - 4, right: right(box) });
  rows.push({ top: bottom(box) - size.height - 4, right: right(box) - 4, inBox: true });
  for (const row of rows) {
    const spot = spotOnRow(row, minLeft, size, around, controlUnder);
    if (spot) return spot;
  }
  return {
    left: clamp(right(box) - size.width, EDGE, viewport.width - size.width - EDGE),
    top: clamp(bottom(box) + 4, EDGE, viewport.height - size.height - EDGE),
    width: size.width,
    height: size.height,
  };
}

/** The notes panel opens above the chip or below it, wherever there is more room, right-aligned with it and inside the window. */
export function panelPlacement(chip: Box, viewport: Viewport, panelWidth: number): Record<string, string> {
  const above = chip.top - 12;
  const below = viewport.height - bottom(chip) - 8;
  const room = Math.max(120, Math.min(Math.max(above, below), viewport.height * 0.6));
  const side: Record<string, string> = above > below ? { bottom: `${viewport.height - chip.top + 4}px` } : { top: `${bottom(chip) + 4}px` };
  const left = clamp(right(chip) - panelWidth, EDGE, viewport.width - panelWidth - EDGE);
  return { left: `${left}px`, maxHeight: `${room}px`, ...side };
}

/** Where the overlay's floating pieces go: beside the highlight or the chip, inside the window. */
import type { Finding } from '../../../rules/finding';
import { severityRank } from '../../../rules/finding';
import type { Severity } from '../../../rules/schema';
import type { Box } from '../dom/offsets';

export function worstSeverity(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((worst, f) => (severityRank(f.severity) < severityRank(worst) ? f.severity : worst), 'info');
}

/** Places a floating box next to an anchor: below it when there is room, above otherwise. */
export function floatNear(anchor: Box, height: number): Record<string, string> {
  const below = anchor.top + anchor.height + 6;
  const top = below + height < window.innerHeight ? below : Math.max(8, anchor.top - height - 6);
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - 380));
  return { left: `${left}px`, top: `${top}px` };
}

/** The notes panel opens above the chip or below it, wherever there is more room, and never leaves the window. */
export function panelPlacement(chipTop: number, chipRight: number): Record<string, string> {
  const above = chipTop - 12;
  const below = window.innerHeight - (chipTop + 28) - 8;
  const room = Math.max(120, Math.min(Math.max(above, below), window.innerHeight * 0.6));
  const side: Record<string, string> = above > below ? { bottom: `${window.innerHeight - chipTop + 4}px` } : { top: `${chipTop + 28}px` };
  return { right: `${chipRight}px`, maxHeight: `${room}px`, ...side };
}


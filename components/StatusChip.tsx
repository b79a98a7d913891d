/** The small status chip by a compose box: "2 policy notes", or that checking is off. A button that opens the notes; placed by its container. */
import type { Severity } from '../rules/schema';
import { STRINGS } from './strings';
import { trusted } from './trusted';

export interface StatusChipProps {
  count: number;
  /** The most serious severity among the notes. */
  severity: Severity;
  off: boolean;
  /** The draft was too long to check whole. */
  partly?: boolean;
  /** Attached photos still being checked. */
  checkingPhotos?: number;
  /** The sentence judge is not answering: only the rules checked this draft. */
  limited?: boolean;
  /** Composed as one of the City's official accounts (checked under their policy). */
  official?: boolean;
  expanded: boolean;
  panelId: string;
  onToggle(): void;
}

export function StatusChip({ count, severity, off, partly = false, checkingPhotos = 0, limited = false, official = false, expanded, panelId, onToggle }: StatusChipProps) {
  const label = partly
    ? STRINGS.chipPartly(count)
    : checkingPhotos > 0 && count === 0
      ? STRINGS.chipCheckingPhotos(checkingPhotos)
      : limited
        ? STRINGS.chipLimited(count)
        : STRINGS.chipLabel(count);
  return (
    <button
      type="button"
      class={`chip chip--${off ? 'off' : severity}`}
      aria-expanded={expanded}
      aria-controls={panelId}
      aria-keyshortcuts="Alt+Shift+P"
      title={STRINGS.chipHint}
      onClick={trusted(onToggle)}
    >
      <span class="chip__dot" aria-hidden="true" />
      {off ? STRINGS.chipOff : official ? STRINGS.chipOfficial(label) : label}
    </button>
  );
}

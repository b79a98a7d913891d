/** Which rule pack is active, from where, and how its updates are going ("Check now" when IT has set an address). */
import { packExpired } from '../rules/pack-expiry';
import type { Pack } from '../rules/schema';
import type { UpdateView } from '../utils/messages';
import { formatDay } from './format';
import { STRINGS } from './strings';

export interface PackInfoProps {
  pack: Pick<Pack, 'city' | 'version' | 'date' | 'policyVersion' | 'expires'>;
  source: 'bundled' | 'remote';
  /** The city whose own pack has not arrived yet (IT's city name, else its pack id): the template pack stands in, and the employee is told. */
  awaiting?: string;
  update: UpdateView | null;
  /** Shown as a "Check now" button when given and updates are configured. */
  onCheckForUpdate?: () => void;
  checking?: boolean;
  formatTime?: (iso: string) => string;
  /** The clock, for the pack's expiry (tests). */
  now?: Date;
}

export function PackInfo({ pack, source, awaiting, update, onCheckForUpdate, checking = false, formatTime = (iso) => iso, now = new Date() }: PackInfoProps) {
  return (
    <div class="pack">
      <dl class="pack-info">
        <dt>{STRINGS.packCity}</dt>
        <dd>{pack.city}</dd>
        <dt>{STRINGS.packVersion}</dt>
        <dd>{STRINGS.packVersionValue(pack.version, formatDay(pack.date), pack.policyVersion)}</dd>
        <dt>{STRINGS.packSource}</dt>
        <dd>{source === 'remote' && update ? STRINGS.packSourceRemote(update.url) : STRINGS.packSourceBundled}</dd>
        <dt>{STRINGS.packUpdates}</dt>
        <dd>
          {!update
            ? STRINGS.packUpdatesNone
            : [
                update.lastCheck ? STRINGS.packLastCheck(formatTime(update.lastCheck)) : STRINGS.packNotChecked,
                update.lastSuccess ? STRINGS.packLastSuccess(formatTime(update.lastSuccess)) : '',
              ]
                .filter(Boolean)
                .join(' ')}
        </dd>
      </dl>
      {awaiting && (
        <p class="pack-error" role="status">
          {STRINGS.packAwaiting(awaiting)}
        </p>
      )}
      {pack.expires && packExpired(pack, now) && (
        <p class="pack-error" role="alert">
          {STRINGS.packExpired(formatDay(pack.expires))}
        </p>
      )}
      {update?.lastError && (
        <p class="pack-error" role="alert">
          {STRINGS.packLastError(update.lastError)}
        </p>
      )}
      {update && onCheckForUpdate && (
        <button type="button" class="button" onClick={onCheckForUpdate} disabled={checking} aria-busy={checking}>
          {checking ? STRINGS.packChecking : STRINGS.packCheckNow}
        </button>
      )}
    </div>
  );
}

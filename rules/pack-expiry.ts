/**
 * A pack's optional expiry (`expires`, a day): after it the pack is out of
 * date and the popup says so, but it is still used — a stale pack checks
 * better than none. An update that never arrives (a network attacker
 * answering "not modified", a server gone) then shows instead of passing
 * silently.
 */
import type { Pack } from './schema';

/** `now` as a local calendar day, YYYY-MM-DD (the pack's dates are days, as the city writes them). */
function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True from the day after `expires`. */
export function packExpired(pack: Pick<Pack, 'expires'>, now: Date): boolean {
  return pack.expires !== undefined && localDay(now) > pack.expires;
}

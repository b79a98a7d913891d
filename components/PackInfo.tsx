/** Which rule pack is active, from where, and how it is kept up to date. */
import type { Pack } from '../rules/schema';
import { STRINGS } from './strings';

export interface PackInfoProps {
  pack: Pick<Pack, 'city' | 'version' | 'date' | 'policyVersion'>;
  source: 'bundled';
}

export function PackInfo({ pack, source }: PackInfoProps) {
  return (
    <dl class="pack-info">
      <dt>{STRINGS.packCity}</dt>
      <dd>{pack.city}</dd>
      <dt>{STRINGS.packVersion}</dt>
      <dd>{STRINGS.packVersionValue(pack.version, pack.date, pack.policyVersion)}</dd>
      <dt>{STRINGS.packSource}</dt>
      <dd>{STRINGS.packSourceValue[source]}</dd>
      <dt>{STRINGS.packUpdates}</dt>
      <dd>{STRINGS.packUpdatesValue[source]}</dd>
    </dl>
  );
}

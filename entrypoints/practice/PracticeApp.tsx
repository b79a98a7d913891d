/** "Try a draft": a compose box checked by the same engine and pack as the sites. */
import { useMemo, useState } from 'preact/hooks';
import { FindingList } from '../../components/FindingList';
import { STRINGS } from '../../components/strings';
import { check } from '../../rules/engine';
import { bundledPack, DEFAULT_PACK_ID } from '../../rules/packs/index';

/** Optional starting draft: practice.html?draft=… (used by `npm run demo`). */
function initialDraft(): string {
  return new URLSearchParams(location.search).get('draft') ?? '';
}

export function PracticeApp() {
  const pack = bundledPack(DEFAULT_PACK_ID);
  const [draft, setDraft] = useState(initialDraft);
  const findings = useMemo(() => check(draft, pack), [draft, pack]);
  const titles = Object.fromEntries(pack.policies.map((p) => [p.id, p.title]));
  return (
    <main>
      <h1>{STRINGS.practiceTitle}</h1>
      <p>{STRINGS.practiceIntro}</p>
      <label for="draft" class="visually-hidden">{STRINGS.practiceLabel}</label>
      <textarea id="draft" aria-label={STRINGS.practiceLabel} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
      <p class="count" role="status" aria-live="polite">{STRINGS.findingsCount(findings.length)}</p>
      <FindingList findings={findings} policyTitles={titles} />
      <p class="empty">{STRINGS.privacyNote}</p>
    </main>
  );
}

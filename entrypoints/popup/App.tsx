/** Popup: the active tab's findings, each with the clause it cites. */
import { useEffect, useState } from 'preact/hooks';
import { FindingList } from '../../components/FindingList';
import { STRINGS } from '../../components/strings';
import type { Finding } from '../../rules/finding';
import { browser } from '../../utils/browser';
import { TabFindings } from '../../utils/messages';
import { parsePack } from '../../rules/schema';

type State =
  | { status: 'loading' }
  | { status: 'ready'; findings: Finding[]; onSite: boolean; policyTitles?: Record<string, string> };

/**
 * The tab the popup describes: the active tab, or `popup.html?tab=ID` when the
 * popup is opened as a page (end-to-end tests, or a pinned tab).
 */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function loadActiveTabFindings(): Promise<State> {
  const tabId = await targetTabId();
  if (tabId === undefined) return { status: 'ready', findings: [], onSite: false };
  const parsed = TabFindings.nullable().safeParse(await browser.runtime.sendMessage({ type: 'get-tab-findings', tabId }));
  const entry = parsed.success ? parsed.data : null;
  const pack = parsePack(await browser.runtime.sendMessage({ type: 'get-active-pack' }));
  const policyTitles = pack.ok ? Object.fromEntries(pack.pack.policies.map((p) => [p.id, p.title])) : undefined;
  return { status: 'ready', findings: entry?.findings ?? [], onSite: entry !== null, policyTitles };
}

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    loadActiveTabFindings().then(setState, () => setState({ status: 'ready', findings: [], onSite: false }));
  }, []);

  return (
    <main>
      <h1>{STRINGS.popupTitle}</h1>
      {state.status === 'loading' ? (
        <p class="empty">{STRINGS.loading}</p>
      ) : (
        <FindingList findings={state.findings} policyTitles={state.policyTitles} emptyText={state.onSite ? STRINGS.noFindings : STRINGS.notASite} />
      )}
      <p class="privacy">{STRINGS.privacyNote}</p>
    </main>
  );
}

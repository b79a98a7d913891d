/**
 * Popup: the active tab's findings grouped by clause, a reminder while the
 * policy is not acknowledged, the policy in brief, which pack is active, and
 * links to the policy, practice and settings pages.
 */
import { useEffect, useState } from 'preact/hooks';
import { CategoryGroups } from '../../components/CategoryGroups';
import { CityChoice } from '../../components/CityChoice';
import { DismissedNotes } from '../../components/DismissedNotes';
import { formatTime } from '../../components/format';
import { PackInfo } from '../../components/PackInfo';
import { PolicySummary } from '../../components/PolicySummary';
import { currentLanguage, STRINGS } from '../../components/strings';
import type { Finding } from '../../rules/finding';
import { localizePack, translationMarks } from '../../rules/localize-pack';
import { browser } from '../../utils/browser';
import { DismissalList, TabFindings } from '../../utils/messages';
import { loadStatus, type PageStatus, usePackUpdateCheck } from '../../utils/status';

type State =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; findings: Finding[]; onSite: boolean; page: PageStatus; dismissals: DismissalList['dismissals']; tabId?: number };

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

async function load(): Promise<State> {
  const page = await loadStatus();
  const tabId = await targetTabId();
  if (tabId === undefined) return { status: 'ready', findings: [], onSite: false, page, dismissals: [] };
  const parsed = TabFindings.nullable().safeParse(await browser.runtime.sendMessage({ type: 'get-tab-findings', tabId }));
  const entry = parsed.success ? parsed.data : null;
  return { status: 'ready', findings: entry?.findings ?? [], onSite: entry !== null, page, dismissals: await tabDismissals(tabId, { type: 'get-dismissals' }), tabId };
}

/** The notes set aside in the tab, asked of its page (they live only in its memory); none where it has no PostCheck. */
async function tabDismissals(tabId: number, request: { type: 'get-dismissals' } | { type: 'undo-dismissal'; id: string }): Promise<DismissalList['dismissals']> {
  const answer = await browser.tabs.sendMessage(tabId, request).catch(() => null);
  const parsed = DismissalList.safeParse(answer);
  return parsed.success ? parsed.data.dismissals : [];
}

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [undone, setUndone] = useState(false);
  const [checking, checkForUpdate] = usePackUpdateCheck((page) => setState((old) => (old.status === 'ready' ? { ...old, page } : old)));
  useEffect(() => {
    load().then(setState, (error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }));
  }, []);

  if (state.status === 'loading') return <main><p class="empty">{STRINGS.loading}</p></main>;
  if (state.status === 'error') return <main><p role="alert">{STRINGS.offExplained(state.message)}</p></main>;
  const { findings, onSite, page, dismissals, tabId } = state;
  // Undo: the page checks its box again (the note is back) and reports; then this tab's notes are read again.
  const undo = (id: string) => {
    if (tabId === undefined) return;
    void tabDismissals(tabId, { type: 'undo-dismissal', id })
      .then(() => load())
      .then((next) => {
        setUndone(true);
        setState(next);
      });
  };
  const pack = localizePack(page.pack, currentLanguage());
  const policyTitles = Object.fromEntries(page.pack.policies.map((p) => [p.id, p.title]));
  return (
    <main>
      <h1>{STRINGS.appName} · {page.pack.city}</h1>
      {page.firstRun && (
        <CityChoice
          choices={page.choices}
          onChoose={(packId) =>
            // Saved as the employee's setting; the background checks with that pack from then on.
            void browser.runtime
              .sendMessage({ type: 'save-settings', settings: { ...page.settings, packId } })
              .then(() => loadStatus())
              .then((next) => setState((old) => (old.status === 'ready' ? { ...old, page: next } : old)))
          }
        />
      )}
      {!page.ack.acknowledged && (
        <p class="reminder" role="note">
          {page.ack.required ? STRINGS.ackRequired(page.pack.city) : STRINGS.ackReminder(page.pack.city)}{' '}
          <a href="/acknowledge.html" target="_blank" rel="noopener">
            {STRINGS.ackReminderLink}
          </a>
        </p>
      )}
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{STRINGS.popupTitle}</h2>
        {findings.length ? (
          <CategoryGroups
            findings={findings}
            policyTitles={policyTitles}
            onWhy={(clause) => void browser.runtime.sendMessage({ type: 'open-policy', policy: clause.policy, section: clause.section })}
          />
        ) : (
          <p class="empty" role="status">
            {onSite ? STRINGS.noFindings : STRINGS.notASite}
          </p>
        )}
      </section>
      <DismissedNotes dismissals={dismissals} undone={undone} onUndo={undo} />
      <section aria-labelledby="summary-title">
        <h2 id="summary-title">{STRINGS.summaryTitle}</h2>
        <PolicySummary policies={pack.policies} policyHref="/policy.html" newTab translated={Boolean(translationMarks(pack)?.clauses.size)} />
      </section>
      <section aria-labelledby="pack-title">
        <h2 id="pack-title">{STRINGS.packTitle}</h2>
        <PackInfo
          pack={page.pack}
          source={page.source}
          {...(page.awaiting ? { awaiting: page.awaiting } : {})}
          update={page.update}
          checking={checking}
          formatTime={formatTime}
          onCheckForUpdate={checkForUpdate}
        />
      </section>
      <nav aria-label={STRINGS.linksTitle} class="links">
        <a href="/policy.html" target="_blank" rel="noopener">{STRINGS.linkPolicy}</a>
        <a href="/practice.html" target="_blank" rel="noopener">{STRINGS.linkPractice}</a>
        <a href="/options.html" target="_blank" rel="noopener">{STRINGS.linkSettings}</a>
      </nav>
      <p class="privacy">{STRINGS.privacyNote}</p>
    </main>
  );
}

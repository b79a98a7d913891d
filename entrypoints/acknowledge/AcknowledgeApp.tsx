/**
 * First run (and each new policy version): the policy in brief, then the
 * employee's name and confirmation — the Alexandria policy's section 6 model.
 * Stored on this device only, by the background.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../../components/format';
import { PolicySummary } from '../../components/PolicySummary';
import { currentLanguage, STRINGS } from '../../components/strings';
import { localizePack, translationMarks } from '../../rules/localize-pack';
import { browser } from '../../utils/browser';
import { AckStatus } from '../../utils/messages';
import { loadStatus, type PageStatus } from '../../utils/status';

export function AcknowledgeApp() {
  const [page, setPage] = useState<PageStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  useEffect(() => {
    loadStatus().then(setPage, (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!page || !name.trim() || !confirmed) return;
    try {
      const ack = AckStatus.parse(await browser.runtime.sendMessage({ type: 'acknowledge', name: name.trim() }));
      setPage({ ...page, ack });
      setProblem(null);
    } catch {
      setProblem(STRINGS.ackFailed);
    }
  };

  if (!page) return <main>{problem ? <p role="alert">{STRINGS.offExplained(problem)}</p> : <p class="empty">{STRINGS.loading}</p>}</main>;
  const done = page.ack.acknowledged;
  const pack = localizePack(page.pack, currentLanguage());
  return (
    <main>
      <h1>{STRINGS.ackTitle(page.pack.city)}</h1>
      <p>{STRINGS.ackIntro(page.pack.policyVersion)}</p>
      <PolicySummary policies={pack.policies} policyHref="/policy.html" translated={Boolean(translationMarks(pack)?.clauses.size)} />
      <p>
        <a href="/policy.html">{STRINGS.linkPolicy}</a>
      </p>
      {done ? (
        <p class="done" role="status">
          {STRINGS.ackDone(done.name, formatDate(done.acknowledgedAt), page.ack.policyVersion)} {STRINGS.ackStoredHere}
        </p>
      ) : (
        <form class="ack-form" onSubmit={submit}>
          <label for="ack-name">{STRINGS.ackName}</label>
          <input id="ack-name" type="text" autocomplete="name" required maxLength={120} value={name} onInput={(e) => setName(e.currentTarget.value)} />
          <label class="check">
            <input type="checkbox" required checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} /> {STRINGS.ackConfirm}
          </label>
          <button type="submit" class="button button--primary">
            {STRINGS.ackButton}
          </button>
          <p class="hint">{STRINGS.ackStoredHere}</p>
          {problem && <p role="alert">{problem}</p>}
        </form>
      )}
    </main>
  );
}

/** The active pack's policies in full, one anchor per clause, so "Why?" links land on the clause itself. */
import { useEffect, useState } from 'preact/hooks';
import { clauseAnchor } from '../../components/anchors';
import { STRINGS } from '../../components/strings';
import { type Pack, parsePack } from '../../rules/schema';
import { browser } from '../../utils/browser';

export function PolicyApp() {
  const [pack, setPack] = useState<Pack | null | 'error'>(null);
  useEffect(() => {
    browser.runtime
      .sendMessage({ type: 'get-active-pack' })
      .then((raw) => {
        const parsed = parsePack(raw);
        setPack(parsed.ok ? parsed.pack : 'error');
      })
      .catch(() => setPack('error'));
  }, []);
  // The clause named in the address may only exist after rendering: scroll to it then.
  useEffect(() => {
    if (pack && pack !== 'error' && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [pack]);

  if (pack === null) return <main><p class="empty">{STRINGS.loading}</p></main>;
  if (pack === 'error') return <main><p role="alert">{STRINGS.policyUnavailable}</p></main>;
  return (
    <main>
      <h1>{STRINGS.policyTitle(pack.city)}</h1>
      <p>{STRINGS.policyIntro}</p>
      {pack.policies.map((policy) => (
        <section key={policy.id} aria-labelledby={`policy-${policy.id}`}>
          <h2 id={`policy-${policy.id}`}>{policy.title}</h2>
          <p class="source">{STRINGS.policySource(policy.source)}</p>
          {policy.clauses.map((clause) => (
            <article class="clause" id={clauseAnchor(policy.id, clause.section)} key={clause.section} tabIndex={-1}>
              <h3>{STRINGS.clauseLabel(policy.title, clause.section)}</h3>
              <p class="clause__summary">{clause.summary}</p>
              <p class="clause__text">{clause.text}</p>
            </article>
          ))}
        </section>
      ))}
      <p class="source">{STRINGS.dialogAsk} {pack.contact}</p>
    </main>
  );
}

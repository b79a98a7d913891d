/**
 * The active pack's policies in full, one anchor per clause, so "Why?" links
 * land on the clause itself. In another language each clause keeps its own
 * words, labelled the official text, under the pack's translated summary,
 * labelled an unofficial translation.
 */
import { useEffect, useState } from 'preact/hooks';
import { clauseAnchor } from '../../components/anchors';
import { currentLanguage, STRINGS } from '../../components/strings';
import { localizePack, translationMarks } from '../../rules/localize-pack';
import { type Pack, parsePack } from '../../rules/schema';
import { browser } from '../../utils/browser';

type Clause = Pack['policies'][number]['clauses'][number];

/** A clause matches when every word of the query appears in its section number, summary or text. */
export function clauseMatches(clause: Clause, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${clause.section} ${clause.summary} ${clause.text}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}

function countMatches(pack: Pack, query: string): number {
  return pack.policies.reduce((n, p) => n + p.clauses.filter((c) => clauseMatches(c, query)).length, 0);
}

export function PolicyApp() {
  const [pack, setPack] = useState<Pack | null | 'error'>(null);
  const [query, setQuery] = useState('');
  useEffect(() => {
    browser.runtime
      .sendMessage({ type: 'get-active-pack' })
      .then((raw) => {
        const parsed = parsePack(raw);
        setPack(parsed.ok ? localizePack(parsed.pack, currentLanguage()) : 'error');
      })
      .catch(() => setPack('error'));
  }, []);
  // The clause named in the address may only exist after rendering: scroll to it then.
  useEffect(() => {
    if (pack && pack !== 'error' && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [pack]);

  if (pack === null) return <main><p class="empty">{STRINGS.loading}</p></main>;
  if (pack === 'error') return <main><p role="alert">{STRINGS.policyUnavailable}</p></main>;
  const translated = translationMarks(pack)?.clauses ?? new Set<string>();
  const labelOfficial = currentLanguage() !== 'en';
  return (
    <main>
      <h1>{STRINGS.policyTitle(pack.city)}</h1>
      <p>{STRINGS.policyIntro}</p>
      <div class="search" role="search">
        <label for="policy-search">{STRINGS.searchLabel}</label>{' '}
        <input id="policy-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} aria-describedby="policy-search-count" />{' '}
        <span id="policy-search-count" role="status">
          {query.trim() ? STRINGS.searchCount(countMatches(pack, query)) : ''}
        </span>
      </div>
      {pack.policies.map((policy) => (
        <section key={policy.id} aria-labelledby={`policy-${policy.id}`}>
          <h2 id={`policy-${policy.id}`}>{policy.title}</h2>
          <p class="source">{STRINGS.policySource(policy.source)}</p>
          {policy.clauses.filter((clause) => clauseMatches(clause, query)).map((clause) => (
            <article class="clause" id={clauseAnchor(policy.id, clause.section)} key={clause.section} tabIndex={-1}>
              <h3>{STRINGS.clauseLabel(policy.title, clause.section)}</h3>
              <p class="clause__summary">
                {clause.summary}
                {translated.has(`${policy.id}#${clause.section}`) && <span class="clause__translated"> ({STRINGS.unofficialTranslation})</span>}
              </p>
              {labelOfficial && <p class="clause__official">{STRINGS.officialText}</p>}
              <p class="clause__text">{clause.text}</p>
            </article>
          ))}
        </section>
      ))}
      <p class="source">{STRINGS.dialogAsk} {pack.contact}</p>
    </main>
  );
}

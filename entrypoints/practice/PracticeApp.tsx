/**
 * "Try a draft": a compose box checked by the same engine, highlights, card,
 * chip and pre-post dialog as on the sites (the content script's compose
 * session runs here too), with an example draft for each category the pack checks.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CategoryGroups } from '../../components/CategoryGroups';
import { currentLanguage, STRINGS } from '../../components/strings';
import { CHECK_ENGINE } from '../../rules/check-engine';
import { isFirmRule } from '../../rules/judgment/combine';
import { localizePack } from '../../rules/localize-pack';
import type { Finding } from '../../rules/finding';
import { type Category, type Pack, parsePack } from '../../rules/schema';
import { browser } from '../../utils/browser';
import { requestPhotoAnalysis } from '../../utils/picture-analysis/request';
import { requestJudgment } from '../../utils/judgment/request';
import { PageConfig } from '../../utils/messages';
import { startComposeSession } from '../content/compose-session';
import { practiceAdapter } from './practice-adapter';

/** Optional starting draft: practice.html?draft=… (used by `npm run demo`). */
function initialDraft(): string {
  return new URLSearchParams(location.search).get('draft') ?? '';
}

/**
 * One example per category: the first draft a rule of that category must flag without special context —
 * from a firm rule where the category has one, because the sentence judge may clear a word list's example
 * (a bare "Saw the CONFIDENTIAL memo") and a practice button that shows nothing teaches nothing.
 */
export function examplesByCategory(pack: Pack): { category: Category; text: string }[] {
  const seen = new Map<Category, string>();
  const usable = pack.rules.filter((rule) => !rule.examples.context && rule.examples.match[0]);
  for (const rule of [...usable.filter(isFirmRule), ...usable.filter((r) => !isFirmRule(r))]) {
    if (!seen.has(rule.category)) seen.set(rule.category, rule.examples.match[0]!);
  }
  return [...new Set(pack.rules.map((r) => r.category))].flatMap((category) => (seen.has(category) ? [{ category, text: seen.get(category)! }] : []));
}

export function PracticeApp() {
  const editorRef = useRef<HTMLDivElement>(null);
  const [pack, setPack] = useState<Pack | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ text: string; findings: Finding[] }>({ text: '', findings: [] });
  const [posted, setPosted] = useState<string[]>([]);

  useEffect(() => {
    const ctx = new ContentScriptContext('practice');
    browser.runtime
      .sendMessage({ type: 'get-page-config' })
      .then((raw) => {
        const config = PageConfig.parse(raw);
        const parsed = parsePack(config.pack);
        if (!parsed.ok) throw new Error(parsed.errors.join('; '));
        // Notes in the page's language: the pack's translations where it has them (the clause text stays as quoted).
        const pack = localizePack(parsed.pack, currentLanguage());
        setPack(pack);
        startComposeSession({
          ctx,
          adapter: practiceAdapter,
          pack,
          engine: CHECK_ENGINE,
          setupProblem: null,
          settings: config,
          report: () => undefined, // nothing to badge: this is not a site tab
          onWhy: (clause) => void browser.runtime.sendMessage({ type: 'open-policy', policy: clause.policy, section: clause.section }),
          onChecked: (_surface, text, findings) => setChecked({ text, findings }),
          analyzePhoto: requestPhotoAnalysis,
          judgeUnits: requestJudgment,
        });
        const draft = initialDraft();
        if (draft) fill(draft);
      })
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
    return () => ctx.abort();
  }, []);

  /** Puts a draft in the box (our own editor, so writing its text is fine) and lets the live check see it. */
  const fill = (text: string) => {
    const editor = editorRef.current;
    if (!editor) return;
    editor.textContent = text;
    editor.focus();
    editor.dispatchEvent(new Event('input', { bubbles: true }));
  };

  const post = () => {
    const text = editorRef.current?.innerText.trim() ?? '';
    if (!text) return;
    setPosted((old) => [text, ...old]);
    fill('');
  };

  return (
    <main>
      <h1>{STRINGS.practiceTitle}</h1>
      <p>{STRINGS.practiceIntro}</p>
      {problem && <p role="alert">{STRINGS.offExplained(problem)}</p>}
      {pack && (
        <div class="examples" role="group" aria-label={STRINGS.practiceExamples}>
          <span>{STRINGS.practiceExamples}</span>
          {examplesByCategory(pack).map((e) => (
            <button type="button" class="example" key={e.category} onClick={() => fill(e.text)}>
              {STRINGS.category[e.category]}
            </button>
          ))}
        </div>
      )}
      <div class="composer">
        <div
          ref={editorRef}
          class="editor"
          data-practice-editor=""
          contentEditable
          role="textbox"
          aria-multiline="true"
          aria-label={STRINGS.practiceLabel}
          aria-describedby="practice-shortcut"
          spellcheck
        />
        {/* The row's left side stays free for PostCheck's chip, as beside a site's Post button. */}
        <div class="composer__actions">
          {/* The photo is read by PostCheck's capture like a site's file input; the page itself keeps nothing. */}
          <label class="button">
            {STRINGS.practiceAttach}
            <input type="file" accept="image/*" multiple class="visually-hidden" />
          </label>
          <button type="button" class="button" onClick={() => fill('')}>
            {STRINGS.practiceClear}
          </button>
          <button type="button" class="button button--primary" data-practice-post="" onClick={post}>
            {STRINGS.practicePost}
          </button>
        </div>
      </div>
      <p id="practice-shortcut" class="hint">
        {STRINGS.practiceShortcut}
      </p>
      <h2>{STRINGS.practiceNotes}</h2>
      {checked.findings.length ? (
        <CategoryGroups
          findings={checked.findings}
          text={checked.text}
          policyTitles={Object.fromEntries((pack?.policies ?? []).map((p) => [p.id, p.title]))}
          onWhy={(clause) => void browser.runtime.sendMessage({ type: 'open-policy', policy: clause.policy, section: clause.section })}
        />
      ) : (
        <p class="empty" role="status">
          {STRINGS.noFindings}
        </p>
      )}
      {posted.length > 0 && (
        <section aria-labelledby="practice-posted">
          <h2 id="practice-posted">{STRINGS.practicePosted}</h2>
          <ul class="posted">
            {posted.map((text, i) => (
              <li key={`${i}:${text}`}>{text}</li>
            ))}
          </ul>
        </section>
      )}
      <p class="empty">{STRINGS.privacyNote}</p>
    </main>
  );
}

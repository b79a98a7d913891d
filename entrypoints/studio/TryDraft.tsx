/**
 * A draft typed here is checked with the pack being edited, through the same
 * checker as the practice page and the sites (createDraftChecker: the rules,
 * then the sentence judge in the extension's offscreen document), and its
 * notes are drawn as the practice page draws them. The draft stays in this
 * page's memory.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CategoryGroups } from '../../components/CategoryGroups';
import { currentLanguage } from '../../components/strings';
import { studioStrings } from '../../components/studio-strings';
import { CHECK_ENGINE } from '../../rules/check-engine';
import { localizePack } from '../../rules/localize-pack';
import type { Pack } from '../../rules/schema';
import { requestJudgment } from '../../utils/judgment/request';
import { createDraftChecker, type DraftCheck } from '../content/draft-checker';
import { createJudgmentClient } from '../content/judgment-client';

/** The pack is tried as such, not with this browser's settings: no work hours, not a city computer. */
const TRY_SETTINGS = { strictMode: false, cityComputer: false };
const PAUSE_MS = 300;

export function TryDraft({ pack }: { pack: Pack }) {
  const s = studioStrings();
  const box = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [answers, setAnswers] = useState(0);
  const [checked, setChecked] = useState<DraftCheck | null>(null);
  const judgment = useMemo(() => createJudgmentClient(requestJudgment, () => setAnswers((n) => n + 1)), []);
  // Notes in the page's language, as the practice page shows them (the clause text stays as quoted).
  const checker = useMemo(() => createDraftChecker(CHECK_ENGINE, localizePack(pack, currentLanguage()), TRY_SETTINGS, (el) => (el as HTMLTextAreaElement).value, judgment), [pack, judgment]);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (!box.current || !text.trim()) return setChecked(null);
      setChecked(checker(box.current));
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, checker, answers]);

  return (
    <div class="try-draft">
      <label for="studio-draft">{s.draftLabel}</label>
      <textarea id="studio-draft" ref={box} rows={4} value={text} onInput={(event) => setText(event.currentTarget.value)} />
      <div role="region" aria-label={s.draftNotes} class="try-draft__notes">
        <p role="status" class="hint">
          {checked?.judging ? s.judging : checked?.limited ? s.limited(checked.limited) : ''}
        </p>
        {checked && checked.findings.length > 0 ? (
          <CategoryGroups findings={checked.findings} text={checked.text} policyTitles={Object.fromEntries(pack.policies.map((p) => [p.id, p.title]))} />
        ) : (
          checked && <p class="empty">{s.noNotes}</p>
        )}
      </div>
    </div>
  );
}

/**
 * The pack studio: a rule pack opened from a file (or the template), edited
 * field by field, validated as it is typed with the pack schema itself, tried
 * on drafts with the same checker as the practice page, and saved as a file
 * for `postcheck sign`. The pack lives in this page's memory only.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { STRINGS } from '../../components/strings';
import { studioStrings } from '../../components/studio-strings';
import { ClausesEditor } from './ClausesEditor';
import type { EditorProps } from './editor-props';
import { ExamplesRun } from './ExamplesRun';
import { IssueSummary } from './IssueSummary';
import { LexiconEditor } from './LexiconEditor';
import { OpenPack } from './OpenPack';
import { type Json, type Path, setIn } from './pack-edit';
import { downloadPack, readPackFile, saveName } from './pack-file';
import { PackHeaderEditor } from './PackHeaderEditor';
import { RulesEditor } from './RulesEditor';
import { templateDocument } from './template-pack';
import { TryDraft } from './TryDraft';
import { useSettled } from './use-settled';
import { anchorKey, issuesByAnchor, validatePack } from './validation';
import { VocabularyEditor } from './VocabularyEditor';

/** The schema reads the whole pack (a few milliseconds, more on a slow computer): once typing pauses. */
const VALIDATE_AFTER_MS = 200;

interface Open {
  document: Json;
  /** The file it came from (the template has none). */
  file: string | null;
  /** Edited since it was opened or last saved: closing the page would lose the edits (nothing else keeps them). */
  unsaved: boolean;
}

/** The browser asks before the page is closed with edits not saved. */
function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}

export function StudioApp() {
  const s = studioStrings();
  const [open, setOpen] = useState<Open | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const settled = useSettled(open?.document, VALIDATE_AFTER_MS);
  const validation = useMemo(() => (settled === undefined ? null : validatePack(settled)), [settled]);
  const byAnchor = useMemo(() => issuesByAnchor(validation?.issues ?? []), [validation]);
  useLeaveWarning(open?.unsaved ?? false);

  const openFile = async (file: File) => {
    const read = await readPackFile(file, s);
    if (!read.ok) return setProblem(s.openProblem(file.name, read.problem));
    setProblem(null);
    setSaved(null);
    setOpen({ document: read.document, file: file.name, unsaved: false });
  };

  const editor: EditorProps | null = open && {
    document: open.document,
    edit: (path: Path, value: Json | undefined) => {
      setSaved(null);
      setOpen((was) => was && { ...was, document: setIn(was.document, path, value), unsaved: true });
    },
    issuesAt: (path: Path) => byAnchor.get(anchorKey(path)) ?? [],
    problemsUnder: (path: Path) => (validation?.issues ?? []).filter((issue) => issue.place && path.every((key, i) => issue.place!.anchor[i] === key)).length,
  };

  const save = () => {
    if (!open) return;
    const name = saveName(open.file, open.document);
    downloadPack(open.document, name);
    setSaved(name);
    setOpen({ ...open, unsaved: false });
  };

  const problems = validation?.issues.length ?? 0;
  return (
    <main class="studio">
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      <OpenPack
        onFile={(file) => void openFile(file)}
        onTemplate={() => {
          setProblem(null);
          setSaved(null);
          setOpen({ document: templateDocument(), file: null, unsaved: false });
        }}
      />
      {problem && <p role="alert">{problem}</p>}
      {open && editor && validation && (
        <>
          <p class="studio__file">{s.editing(saveName(open.file, open.document))}</p>
          <p role="status" class={validation.ok ? 'done' : 'studio__problems'}>
            {validation.ok ? s.statusValid : s.statusProblems(problems)}
          </p>
          <IssueSummary issues={validation.issues} document={open.document} />
          <form class="studio__form" onSubmit={(event) => event.preventDefault()}>
            <PackHeaderEditor {...editor} />
            <ClausesEditor {...editor} />
            <RulesEditor {...editor} />
            <LexiconEditor {...editor} />
            <VocabularyEditor {...editor} />
          </form>
          <section aria-labelledby="studio-try">
            <h2 id="studio-try">{s.sectionTry}</h2>
            {validation.ok ? (
              <>
                <ExamplesRun typed={open.document} />
                <TryDraft pack={validation.pack} />
              </>
            ) : (
              <p>{s.tryInvalid}</p>
            )}
          </section>
          <section aria-labelledby="studio-save">
            <h2 id="studio-save">{s.sectionSave}</h2>
            <p class="hint" id="studio-save-hint">
              {s.saveHint}
            </p>
            {!validation.ok && <p class="field-error">{s.saveWithProblems(problems)}</p>}
            <button type="button" class="button button--primary" onClick={save} aria-describedby="studio-save-hint">
              {s.saveButton}
            </button>
            <p role="status">{saved && s.saved(saved)}</p>
          </section>
        </>
      )}
      <p class="empty">{STRINGS.privacyNote}</p>
    </main>
  );
}

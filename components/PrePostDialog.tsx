/**
 * The pre-post dialog: what in the draft may break the policy, grouped by the
 * clause it cites, with "Edit post" and (unless strict mode blocks it) "Post
 * anyway". A modal <dialog> with role="alertdialog": focus stays inside, the
 * page behind is inert, Escape means "Edit post".
 */
import { useEffect, useRef } from 'preact/hooks';
import type { CitedClause, Finding } from '../rules/finding';
import { sortFindings } from '../rules/finding';
import { clauseName } from './FindingCard';
import { STRINGS } from './strings';

export interface PrePostDialogProps {
  findings: readonly Finding[];
  /** The draft the findings point into, for quoting the flagged words. */
  text: string;
  policyTitles?: Readonly<Record<string, string>>;
  /** Strict mode with a block finding: no "Post anyway". */
  postingBlocked: boolean;
  /** The pack's "who to ask" line. */
  contact: string;
  onEdit(): void;
  onPostAnyway(): void;
  onWhy?: (clause: CitedClause) => void;
}

interface ClauseGroup {
  clause: CitedClause | null;
  findings: Finding[];
}

/** Findings grouped by the first clause each cites, groups in order of their most serious finding. */
export function groupByClause(findings: readonly Finding[]): ClauseGroup[] {
  const groups = new Map<string, ClauseGroup>();
  for (const f of sortFindings(findings)) {
    const clause = f.clauses[0] ?? null;
    const key = clause ? `${clause.policy}#${clause.section}` : '';
    const group = groups.get(key) ?? { clause, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function PrePostDialog(props: PrePostDialogProps) {
  const { findings, text, policyTitles = {}, postingBlocked, contact, onEdit, onPostAnyway, onWhy } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The safe choice takes focus (autofocus is ignored when the page already has a focused element).
    editRef.current?.focus();
    return () => dialog?.open && dialog.close();
  }, []);

  return (
    <dialog
      ref={ref}
      class="prepost"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="postcheck-dialog-title"
      aria-describedby="postcheck-dialog-intro"
      onCancel={(e) => {
        e.preventDefault(); // Escape: same as "Edit post"
        onEdit();
      }}
    >
      <h2 id="postcheck-dialog-title">{STRINGS.dialogTitle}</h2>
      <p id="postcheck-dialog-intro">{STRINGS.dialogIntro(findings.length)}</p>
      <div class="prepost__groups">
        {groupByClause(findings).map((group) => (
          <section class="prepost__group" key={group.clause ? `${group.clause.policy}#${group.clause.section}` : 'none'}>
            {group.clause && <h3>{clauseName(group.clause, policyTitles)}</h3>}
            <ul class="findings">
              {group.findings.map((f) => (
                <li class={`finding finding--${f.severity}`} key={`${f.ruleId}:${f.start}`} data-category={f.category}>
                  <p class="finding__head">
                    <span class="finding__severity">{STRINGS.severity[f.severity]}</span> {f.message}
                  </p>
                  <p class="finding__excerpt">
                    <span class="visually-hidden">{STRINGS.flagged} </span>“{text.slice(f.start, f.end)}”
                  </p>
                  {f.suggestion && (
                    <p class="finding__suggestion">
                      <strong>{STRINGS.suggestionLabel}</strong> {f.suggestion}
                    </p>
                  )}
                </li>
              ))}
            </ul>
            {group.clause && (
              <details class="finding__clause">
                <summary>{STRINGS.clauseText}</summary>
                <p>{group.clause.text}</p>
                {onWhy && (
                  <button type="button" class="link" aria-label={STRINGS.whyLabel(clauseName(group.clause, policyTitles))} onClick={() => onWhy(group.clause as CitedClause)}>
                    {STRINGS.why}
                  </button>
                )}
              </details>
            )}
          </section>
        ))}
      </div>
      {postingBlocked ? (
        <p class="prepost__blocked">
          {STRINGS.dialogBlocked} <strong>{contact}</strong>
        </p>
      ) : (
        <p class="prepost__contact">
          {STRINGS.dialogAsk} {contact}
        </p>
      )}
      <p class="prepost__privacy">{STRINGS.dialogPrivacy}</p>
      <div class="prepost__actions">
        <button ref={editRef} type="button" class="button button--primary" onClick={onEdit}>
          {STRINGS.editPost}
        </button>
        {!postingBlocked && (
          <button type="button" class="button" onClick={onPostAnyway}>
            {STRINGS.postAnyway}
          </button>
        )}
      </div>
    </dialog>
  );
}

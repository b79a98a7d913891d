/**
 * Findings grouped by the clause they cite: the clause's name, each finding
 * (message, the flagged words when the draft is at hand, suggestion), then the
 * clause's own words. Used by the pre-post dialog, the popup and the practice page.
 */
import type { CitedClause, Finding } from '../rules/finding';
import { sortFindings } from '../rules/finding';
import { clauseName } from './FindingCard';
import { STRINGS } from './strings';
import { trusted } from './trusted';

export interface ClauseGroup {
  /** The clauses these findings cite (the same set for every finding of the group). */
  clauses: CitedClause[];
  findings: Finding[];
}

const clauseKey = (c: CitedClause) => `${c.policy}#${c.section}`;

/** Findings grouped by the clauses they cite, groups in order of their most serious finding. */
export function groupByClause(findings: readonly Finding[]): ClauseGroup[] {
  const groups = new Map<string, ClauseGroup>();
  for (const f of sortFindings(findings)) {
    const key = f.clauses.map(clauseKey).join('|');
    const group = groups.get(key) ?? { clauses: f.clauses, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export interface ClauseGroupsProps {
  findings: readonly Finding[];
  /** The draft the offsets point into; without it no excerpt is quoted (the popup never has the draft). */
  text?: string;
  policyTitles?: Readonly<Record<string, string>>;
  /** Show the clause's words folded behind a "What the policy says" toggle (the dialog) or open. */
  foldClauseText?: boolean;
  onWhy?: (clause: CitedClause) => void;
  headingLevel?: 2 | 3;
}

export function ClauseGroups({ findings, text, policyTitles = {}, foldClauseText = false, onWhy, headingLevel = 3 }: ClauseGroupsProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="clause-groups">
      {groupByClause(findings).map((group) => {
        const key = group.clauses.map(clauseKey).join('|') || 'none';
        const clauseTexts = group.clauses.map((clause) => {
          const name = clauseName(clause, policyTitles);
          const body = (
            <>
              {group.clauses.length > 1 && <cite>{name}</cite>}
              <p class="finding__clause-text">{clause.text}</p>
              {onWhy && (
                <button type="button" class="link" aria-label={STRINGS.whyLabel(name)} onClick={trusted(() => onWhy(clause))}>
                  {STRINGS.why}
                </button>
              )}
            </>
          );
          return foldClauseText ? (
            <details class="finding__clause" key={clauseKey(clause)}>
              <summary>{group.clauses.length > 1 ? STRINGS.clauseTextOf(name) : STRINGS.clauseText}</summary>
              {body}
            </details>
          ) : (
            <blockquote class="finding__clause" key={clauseKey(clause)}>
              {body}
            </blockquote>
          );
        });
        return (
          <section class="clause-group" key={key}>
            {group.clauses.length > 0 && <Heading class="clause-group__title">{group.clauses.map((c) => clauseName(c, policyTitles)).join(' · ')}</Heading>}
            <ul class="findings">
              {group.findings.map((f) => (
                <li class={`finding finding--${f.severity}`} key={`${f.ruleId}:${f.start}:${f.attachment?.index ?? 0}`}>
                  <p class="finding__head">
                    <span class="finding__severity">{STRINGS.severity[f.severity]}</span> {f.message}
                  </p>
                  {f.attachment && <p class="finding__excerpt finding__photo">{STRINGS.inPhoto(f.attachment.index)}</p>}
                  {text !== undefined && f.end > f.start && (
                    <p class="finding__excerpt">
                      <span class="visually-hidden">{STRINGS.flagged} </span>“{text.slice(f.start, f.end)}”
                    </p>
                  )}
                  {f.suggestion && (
                    <p class="finding__suggestion">
                      <strong>{STRINGS.suggestionLabel}</strong> {f.suggestion}
                    </p>
                  )}
                </li>
              ))}
            </ul>
            {clauseTexts}
          </section>
        );
      })}
    </div>
  );
}

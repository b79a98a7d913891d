/** The Finding contract (docs/architecture.md, Contracts): what the engine reports and every UI shows. */
import type { FindingFix } from './finding-kinds';
import type { Category, Severity } from './schema';

export interface CitedClause {
  policy: string;
  section: string;
  /** The clause's verbatim text. */
  text: string;
  /** The pack's one plain-language line for it. */
  summary?: string;
  /** The summary is the pack's translation (an unofficial one: `text` is the authority). */
  translated?: boolean;
}

export interface Finding {
  category: Category;
  ruleId: string;
  severity: Severity;
  /** UTF-16 offsets into the checked text, end exclusive. */
  start: number;
  end: number;
  message: string;
  /** The clauses the note cites; the first is its primary one (the pack lists it first), shown with the note. */
  clauses: CitedClause[];
  suggestion?: string;
  /** The message (and suggestion, where translated) is the pack's translation, not the pack's own English. */
  translated?: boolean;
  /**
   * Set when the finding is about an attached photo rather than the text (then
   * start = end = 0): which photo, counted from 1 in the order attached.
   */
  attachment?: { index: number };
  /** A mechanical fix the overlay offers as one click (finding-kinds.ts): take the number out, add a disclaimer. */
  fix?: FindingFix;
}

const RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };
export const SEVERITY_ORDER: readonly Severity[] = ['block', 'warn', 'info'];

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Lowers a severity by `steps` (block → warn → info), never below info. */
export function softenSeverity(severity: Severity, steps: number): Severity {
  return SEVERITY_ORDER[Math.min(SEVERITY_ORDER.length - 1, RANK[severity] + Math.max(0, steps))]!;
}

/** Findings that should interrupt posting (and count on the badge). */
export function isInterrupting(finding: Finding): boolean {
  return finding.severity !== 'info';
}

/** Most serious first; within a severity, in the order they appear in the draft. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start);
}

/**
 * check(text, pack, context) -> Finding[]
 * Deterministic, pure and total: it never throws, whatever the string.
 */
import { runDetector } from './detectors/index';
import type { CheckContext, Hit } from './detectors/types';
import { type CitedClause, type Finding, severityRank, softenSeverity } from './finding';
import type { Lexicon, Pack, Rule } from './schema';
import { isCharBoundary, makeTextView } from './text';

export type { CheckContext } from './detectors/types';

const clauseCache = new WeakMap<Pack, Map<string, CitedClause>>();

export function clauseIndex(pack: Pack): Map<string, CitedClause> {
  let index = clauseCache.get(pack);
  if (!index) {
    index = new Map();
    for (const policy of pack.policies)
      for (const clause of policy.clauses)
        index.set(`${policy.id}#${clause.section}`, { policy: policy.id, section: clause.section, text: clause.text });
    clauseCache.set(pack, index);
  }
  return index;
}

/** Merged lexicons by pack lexicon and IT's entries: detectors compile their word lists once per lexicon object. */
const mergedLexicons = new WeakMap<Lexicon, WeakMap<Partial<Lexicon>, Lexicon>>();

/** The pack's lexicon with any entries IT supplies through configuration added (template pack); the same object for the same inputs. */
export function effectiveLexicon(pack: Pack, context: CheckContext): Lexicon {
  const extra = context.lexicon;
  if (!extra) return pack.lexicon;
  let byExtra = mergedLexicons.get(pack.lexicon);
  if (!byExtra) mergedLexicons.set(pack.lexicon, (byExtra = new WeakMap()));
  let merged = byExtra.get(extra);
  if (!merged) {
    merged = { ...pack.lexicon };
    for (const key of Object.keys(merged) as (keyof Lexicon)[]) {
      const more = extra[key];
      if (more?.length) merged[key] = [...merged[key], ...more];
    }
    byExtra.set(extra, merged);
  }
  return merged;
}

function toFinding(rule: Rule, hit: Hit, clauses: CitedClause[]): Finding {
  const finding: Finding = {
    category: rule.category,
    ruleId: rule.id,
    severity: hit.soften ? softenSeverity(rule.severity, hit.soften) : rule.severity,
    start: hit.start,
    end: hit.end,
    message: hit.note ? `${rule.message} ${hit.note}` : rule.message,
    clauses,
  };
  if (rule.suggestion) finding.suggestion = rule.suggestion;
  return finding;
}

/**
 * Overlapping findings of the same category are one problem to the reader:
 * keep the most severe (then the longest) and drop the rest.
 */
export function mergeFindings(findings: Finding[], text = ''): Finding[] {
  const ordered = [...findings].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const f of ordered) {
    const clash = kept.some((k) => k.category === f.category && f.start < k.end && k.start < f.end);
    if (!clash) kept.push(f);
  }
  kept.sort((a, b) => a.start - b.start || severityRank(a.severity) - severityRank(b.severity) || a.ruleId.localeCompare(b.ruleId));
  return joinAdjacent(kept, text);
}

/** "lazy idiot": two hits of one rule separated only by spaces or commas read as one finding. */
function joinAdjacent(findings: Finding[], text: string): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const prev = [...out].reverse().find((k) => k.ruleId === f.ruleId && k.severity === f.severity);
    if (prev && f.start >= prev.end && /^[\s,&+-]{0,3}$/.test(text.slice(prev.end, f.start)) && f.start - prev.end <= 3) {
      prev.end = f.end;
      continue;
    }
    out.push({ ...f });
  }
  return out;
}

export interface CheckResult {
  findings: Finding[];
  /** Rules that failed internally; the rest of the check still ran. */
  errors: { ruleId: string; message: string }[];
  /** Set when the draft was longer than the limit: only text[0, checkedUpTo) was checked. */
  checkedUpTo?: number;
}

/**
 * Where to stop checking a draft longer than `limit`: at the last paragraph or
 * sentence end in the final fifth of the slice, else the last space, never
 * inside a surrogate pair.
 */
export function sliceEnd(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const floor = Math.floor(limit * 0.8);
  const window = text.slice(floor, limit);
  const sentence = Math.max(window.lastIndexOf('\n'), ...['. ', '! ', '? '].map((p) => window.lastIndexOf(p) + 1));
  let end = sentence > 0 ? floor + sentence : floor + window.lastIndexOf(' ');
  if (end <= floor) end = limit;
  if (!isCharBoundary(text, end)) end -= 1;
  return end;
}

/**
 * Like `check`, but also reports rules that failed, so callers can tell the
 * user. With `maxChars`, a longer draft is checked up to a sentence boundary
 * near the limit and `checkedUpTo` says where it stopped, so a huge paste
 * cannot freeze the page.
 */
export function checkDetailed(text: string, pack: Pack, context: CheckContext = {}, options: { maxChars?: number } = {}): CheckResult {
  const fullText = typeof text === 'string' ? text : '';
  const checkedUpTo = options.maxChars !== undefined && fullText.length > options.maxChars ? sliceEnd(fullText, options.maxChars) : undefined;
  const safeText = checkedUpTo === undefined ? fullText : fullText.slice(0, checkedUpTo);
  const view = makeTextView(safeText);
  const lexicon = effectiveLexicon(pack, context);
  const index = clauseIndex(pack);
  const findings: Finding[] = [];
  const errors: CheckResult['errors'] = [];
  for (const rule of pack.rules) {
    try {
      const hits = runDetector({ view, lexicon, context }, rule.detector);
      if (!hits.length) continue;
      const clauses = rule.clauses.flatMap((ref) => index.get(`${ref.policy}#${ref.section}`) ?? []);
      for (const hit of hits) {
        if (hit.start < 0 || hit.end > safeText.length || hit.start > hit.end) continue;
        findings.push(toFinding(rule, hit, clauses));
      }
    } catch (error) {
      errors.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { findings: mergeFindings(findings, safeText), errors, ...(checkedUpTo === undefined ? {} : { checkedUpTo }) };
}

export function check(text: string, pack: Pack, context: CheckContext = {}): Finding[] {
  return checkDetailed(text, pack, context).findings;
}

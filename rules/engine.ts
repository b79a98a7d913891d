/**
 * check(text, pack, context) -> Finding[]
 * Pure and total: it never throws, whatever the string or the pack. `check`
 * is deterministic; `checkDetailed`, which the extension calls on every pause
 * in typing, also stops at a time budget and says when it did (`partial`).
 */
import { packFor } from './account-context';
import { CheckBudget } from './check-budget';
import { checkerWords, type CheckerWords } from './checker-words';
import { runDetector } from './detectors/index';
import { fixFor } from './fixes';
import type { CheckContext, Hit } from './detectors/types';
import { type CitedClause, type Finding, softenSeverity } from './finding';
import { MAX_FINDINGS_PER_CHECK, MAX_HITS_PER_RULE } from './limits';
import { packLanguage, translationMarks } from './localize-pack';
import { mergeFindings } from './merge-findings';
import type { Lexicon, Pack, Rule } from './schema';
import { isCharBoundary, makeTextView } from './text';
import { packVocabulary } from './vocabulary/resolve';

export type { CheckContext } from './detectors/types';
export { mergeFindings } from './merge-findings';

const clauseCache = new WeakMap<Pack, Map<string, CitedClause>>();

export function clauseIndex(pack: Pack): Map<string, CitedClause> {
  let index = clauseCache.get(pack);
  if (!index) {
    index = new Map();
    // A localised pack's translated summaries are marked, so every note can label them as unofficial.
    const translated = translationMarks(pack)?.clauses;
    for (const policy of pack.policies)
      for (const clause of policy.clauses) {
        const key = `${policy.id}#${clause.section}`;
        index.set(key, { policy: policy.id, section: clause.section, text: clause.text, summary: clause.summary, ...(translated?.has(key) ? { translated: true } : {}) });
      }
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

function toFinding(rule: Rule, hit: Hit, clauses: CitedClause[], words: CheckerWords, translated: boolean, text: string): Finding {
  // The rule's wording for this kind of finding (a dig is not a grievance filing), else its general one.
  const worded = (hit.kind && rule.kinds?.[hit.kind]) || rule;
  const finding: Finding = {
    category: rule.category,
    ruleId: rule.id,
    severity: hit.soften ? softenSeverity(rule.severity, hit.soften) : rule.severity,
    start: hit.start,
    end: hit.end,
    // The note in the message's language: translated with a translated message, English beside an English one.
    message: hit.note ? `${worded.message} ${translated ? words.note(hit.note) : hit.note}` : worded.message,
    clauses,
  };
  const suggestion = worded.suggestion ?? rule.suggestion;
  if (suggestion) finding.suggestion = suggestion;
  if (translated) finding.translated = true;
  const fix = fixFor(hit, text);
  if (fix) finding.fix = fix;
  return finding;
}

export interface CheckResult {
  findings: Finding[];
  /** Rules that failed internally; the rest of the check still ran. */
  errors: { ruleId: string; message: string }[];
  /** Set when the draft was longer than the limit: only text[0, checkedUpTo) was checked. */
  checkedUpTo?: number;
  /**
   * Set when not every finding could be reported: `skipped` rules did not run
   * (the time budget or the cap on findings per check was spent), `capped`
   * rules reported only their first hits (limits.ts). What was found stands.
   */
  partial?: { skipped: string[]; capped: string[] };
}

export interface CheckOptions {
  /** Check a longer draft only up to a sentence end near this many characters. */
  maxChars?: number;
  /** Time for the rules, in milliseconds (default CHECK_BUDGET_MS); Infinity for none. */
  budgetMs?: number;
  /** The budget's clock (tests). */
  clock?: () => number;
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
 * cannot freeze the page; the time budget and the caps on findings do the
 * same for a pack that is too slow or flags too much (`partial`).
 */
export function checkDetailed(text: string, packGiven: Pack, context: CheckContext = {}, options: CheckOptions = {}): CheckResult {
  // Only the rules that govern this account's posts, citing their clauses for it (account-context.ts).
  const pack = packFor(packGiven, context.account);
  const fullText = typeof text === 'string' ? text : '';
  const checkedUpTo = options.maxChars !== undefined && fullText.length > options.maxChars ? sliceEnd(fullText, options.maxChars) : undefined;
  const safeText = checkedUpTo === undefined ? fullText : fullText.slice(0, checkedUpTo);
  const view = makeTextView(safeText);
  const lexicon = effectiveLexicon(pack, context);
  const vocabulary = packVocabulary(pack);
  const index = clauseIndex(pack);
  const words = checkerWords(packLanguage(pack));
  const translatedRules = translationMarks(pack)?.rules;
  const budget = new CheckBudget(options.budgetMs, options.clock);
  const findings: Finding[] = [];
  const errors: CheckResult['errors'] = [];
  const skipped: string[] = [];
  const capped: string[] = [];
  for (const rule of pack.rules) {
    if (budget.exhausted || findings.length >= MAX_FINDINGS_PER_CHECK) {
      skipped.push(rule.id);
      continue;
    }
    let hits: Hit[];
    try {
      hits = budget.run(rule.detector, () => runDetector({ view, lexicon, vocabulary, context }, rule.detector));
    } catch (error) {
      errors.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (!hits.length) continue;
    const room = Math.min(MAX_HITS_PER_RULE, MAX_FINDINGS_PER_CHECK - findings.length);
    if (hits.length > room) capped.push(rule.id);
    const clauses = rule.clauses.flatMap((ref) => index.get(`${ref.policy}#${ref.section}`) ?? []);
    for (const hit of hits.slice(0, room)) {
      if (hit.start < 0 || hit.end > safeText.length || hit.start > hit.end) continue;
      findings.push(toFinding(rule, hit, clauses, words, translatedRules?.has(rule.id) === true, safeText));
    }
  }
  return {
    findings: mergeFindings(findings, safeText),
    errors,
    ...(checkedUpTo === undefined ? {} : { checkedUpTo }),
    ...(skipped.length || capped.length ? { partial: { skipped, capped } } : {}),
  };
}

/** Every rule, however long it takes (offline callers: the CLI, eval, tests); the caps on findings still hold. */
export function check(text: string, pack: Pack, context: CheckContext = {}): Finding[] {
  return checkDetailed(text, pack, context, { budgetMs: Number.POSITIVE_INFINITY }).findings;
}

/**
 * Rules and the sentence judge together: one decision per judged category per
 * unit (sentence). Pure: the model's answers arrive as numbers, so this file,
 * like the rest of rules/, runs without any model runtime.
 *
 * - Firm rules (validators for structured data, contact details, city e-mail,
 *   signature blocks, work time, and any rule its pack marks `firm`) stand as they are.
 * - Other rule findings (word lists, patterns) stand when the judge gives their
 *   sentence at least `withRules` for that category: the rules' signal lowers
 *   the bar, the model vetoes the innocent uses of a word ("trash talk").
 * - The judge alone adds a finding for a unit when it gives at least `model`.
 * - A pack's `judgment.sensitivity` moves a category's two thresholds by steps (a city whose policy
 *   is stricter about a category flags it more readily), so IT tunes the judge without a new build.
 * - Protected speech (concerted activity, discrimination complaints, policy
 *   criticism, as the grievance rules recognise it) is never flagged as a
 *   grievance by the judge.
 */
import type { Finding } from '../finding';
import type { Category, Pack, Rule, Severity } from '../schema';
import { clauseIndex } from '../engine';
import { JUDGED_CATEGORIES, splitUnits, unitContext, type JudgedCategory, type Unit } from './units';
import { packLanguage } from '../localize-pack';
import { judgmentMessages } from './messages';
import { JUDGMENT_STEP } from './sensitivity';

export interface JudgeInput {
  sentence: string;
  /** The neighbouring sentences the model reads beside it. */
  context: string;
}

/** Probabilities per judged category (JUDGED_CATEGORIES order), one row per input. */
export type UnitJudge = (inputs: readonly JudgeInput[]) => Promise<number[][]>;

export interface CategoryThresholds {
  /** The judge alone flags a unit at or above this. */
  model: number;
  /** A non-firm rule finding stands when its unit's probability is at or above this. */
  withRules: number;
}
export type Thresholds = Record<JudgedCategory, CategoryThresholds>;

export interface JudgedUnit extends Unit {
  /** null where the judge has not answered (yet): the rules stand alone there. */
  probs: readonly number[] | null;
}

const FIRM_KINDS = new Set(['sensitive-data', 'contact-details', 'work-time']);
const FIRM_OFFICIAL_SIGNALS = new Set(['city-email', 'signature']);

/** Rules whose findings are exact (validated numbers, addresses, domains) and need no judgment. */
export function isFirmRule(rule: Rule): boolean {
  if (rule.firm) return true;
  const d = rule.detector;
  if (FIRM_KINDS.has(d.kind)) return true;
  if (d.kind === 'official-capacity') return d.signals.every((s) => FIRM_OFFICIAL_SIGNALS.has(s));
  return false;
}

const judgedIndex = new Map<string, number>(JUDGED_CATEGORIES.map((c, i) => [c, i]));
export const isJudgedCategory = (c: Category): c is JudgedCategory => judgedIndex.has(c);

/** The model's inputs for a draft: its units and what the judge reads for each. */
export function judgeInputs(text: string): { units: Unit[]; inputs: JudgeInput[] } {
  const units = splitUnits(text);
  return { units, inputs: units.map((u, i) => ({ sentence: text.slice(u.start, u.end), context: unitContext(text, units, i) })) };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Highest probability of `category` over the units a span touches; null when none of them is judged. */
function spanProbability(units: readonly JudgedUnit[], span: { start: number; end: number }, category: JudgedCategory): number | null {
  let best: number | null = null;
  const k = judgedIndex.get(category)!;
  for (const u of units) {
    if (!u.probs || !(overlaps(u, span) || (span.start === span.end && u.start <= span.start && span.start <= u.end))) continue;
    best = Math.max(best ?? 0, u.probs[k]!);
  }
  return best;
}

/** The rule a judge-only finding of this category speaks for: the pack's first rule of it. */
function ruleFor(pack: Pack, category: JudgedCategory): Rule | undefined {
  return pack.rules.find((r) => r.category === category && !isFirmRule(r)) ?? pack.rules.find((r) => r.category === category);
}

// Above 1 a threshold is switched off (choose-thresholds.ts tunes one category at a time): it stays off.
const moved = (threshold: number, shift: number) => (threshold > 1 ? threshold : Math.min(0.99, Math.max(0, threshold - shift)));

/** The shipped thresholds moved by the pack's sensitivity steps (+1 flags more: both thresholds 0.05 lower). */
export function packThresholds(thresholds: Thresholds, pack: Pack): Thresholds {
  const steps = pack.judgment?.sensitivity;
  if (!steps) return thresholds;
  const out = { ...thresholds };
  for (const category of JUDGED_CATEGORIES) {
    const step = steps[category];
    if (!step) continue;
    const shift = step * JUDGMENT_STEP;
    out[category] = { model: moved(thresholds[category].model, shift), withRules: moved(thresholds[category].withRules, shift) };
  }
  return out;
}

export interface CombineOptions {
  /** Is this unit protected speech? (The grievance rules' own test; injected so this file stays small.) */
  isProtected?: (unit: Unit) => boolean;
}

export function combineJudgment(
  text: string,
  ruleFindings: readonly Finding[],
  units: readonly JudgedUnit[],
  thresholds: Thresholds,
  pack: Pack,
  options: CombineOptions = {},
): Finding[] {
  thresholds = packThresholds(thresholds, pack);
  const rules = new Map(pack.rules.map((r) => [r.id, r]));
  const kept: Finding[] = [];
  for (const f of ruleFindings) {
    const rule = rules.get(f.ruleId);
    if (!isJudgedCategory(f.category) || f.attachment || !rule || isFirmRule(rule)) {
      kept.push(f);
      continue;
    }
    const p = spanProbability(units, f, f.category);
    if (p === null || p >= thresholds[f.category].withRules) kept.push(f);
  }
  const clauses = clauseIndex(pack);
  const messages = judgmentMessages(packLanguage(pack));
  for (const category of JUDGED_CATEGORIES) {
    const rule = ruleFor(pack, category);
    if (!rule) continue;
    const k = judgedIndex.get(category)!;
    const severity: Severity = category === 'grievance' && rule.severity === 'block' ? 'warn' : rule.severity;
    let last: Finding | undefined;
    for (const u of units) {
      if (!u.probs || u.probs[k]! < thresholds[category].model) continue;
      if (kept.some((f) => f.category === category && overlaps(f, u))) continue;
      if (category === 'grievance' && options.isProtected?.(u)) continue;
      // The next sentence carrying the same judgment ("…takes the credit. Every. Single. Time.") is the same note, not another.
      if (last && text.slice(last.end, u.start).trim() === '') {
        last.end = u.end;
        continue;
      }
      const finding: Finding = {
        category,
        ruleId: `judgment-${category}`,
        severity,
        start: u.start,
        end: u.end,
        message: messages[category].message,
        clauses: rule.clauses.flatMap((ref) => clauses.get(`${ref.policy}#${ref.section}`) ?? []),
        suggestion: messages[category].suggestion,
      };
      kept.push(finding);
      last = finding;
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.category.localeCompare(b.category));
}

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
  /**
   * The unit read without its neighbours, asked only for units in a run of neighbouring flagged sentences
   * (unitsToReadAlone): the model reads a sentence beside its neighbours, so the innocent sentence next to a dig
   * ("Still, I love this work.") scores high from its context. Read alone, it shows which sentences carry the note.
   */
  alone?: readonly number[] | null;
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

/** The rules' findings that stand: firm ones always, the others where the judge does not veto their sentence. */
function keptRuleFindings(ruleFindings: readonly Finding[], units: readonly JudgedUnit[], thresholds: Thresholds, pack: Pack): Finding[] {
  const rules = new Map(pack.rules.map((r) => [r.id, r]));
  return ruleFindings.filter((f) => {
    const rule = rules.get(f.ruleId);
    if (!isJudgedCategory(f.category) || f.attachment || !rule || isFirmRule(rule)) return true;
    const p = spanProbability(units, f, f.category);
    return p === null || p >= thresholds[f.category].withRules;
  });
}

/**
 * Per category, the judge's own notes as runs of units: neighbouring sentences carrying the same judgment
 * ("…takes the credit. Every. Single. Time.") are one note, not several. Units a kept rule finding already
 * covers, and protected speech for grievance, are left out.
 */
function judgedRuns(text: string, kept: readonly Finding[], units: readonly JudgedUnit[], thresholds: Thresholds, pack: Pack, options: CombineOptions) {
  const out: { category: JudgedCategory; rule: Rule; runs: JudgedUnit[][] }[] = [];
  for (const category of JUDGED_CATEGORIES) {
    const rule = ruleFor(pack, category);
    if (!rule) continue;
    const k = judgedIndex.get(category)!;
    const runs: JudgedUnit[][] = [];
    let run: JudgedUnit[] | undefined;
    for (const u of units) {
      if (!u.probs || u.probs[k]! < thresholds[category].model) continue;
      if (kept.some((f) => f.category === category && overlaps(f, u))) continue;
      if (category === 'grievance' && options.isProtected?.(u)) continue;
      const previous = run?.[run.length - 1];
      if (run && previous && text.slice(previous.end, u.start).trim() === '') run.push(u);
      else runs.push((run = [u]));
    }
    if (runs.length) out.push({ category, rule, runs });
  }
  return out;
}

/**
 * Where a run's note is drawn: on the sentences that carry it read alone. A run whose sentences have not
 * all been read alone (yet), or of which none carries it alone (the judgment is in how they read together),
 * is drawn whole; otherwise from the first carrying sentence to the last.
 */
function carriers(run: readonly JudgedUnit[], category: JudgedCategory, threshold: number): Unit {
  const whole = { start: run[0]!.start, end: run[run.length - 1]!.end };
  if (run.length < 2 || run.some((u) => !u.alone)) return whole;
  const k = judgedIndex.get(category)!;
  const carrying = run.filter((u) => u.alone![k]! >= threshold);
  if (!carrying.length) return whole;
  return { start: carrying[0]!.start, end: carrying[carrying.length - 1]!.end };
}

/** The input that reads a unit without its neighbours. */
export const aloneInput = (text: string, unit: Unit): JudgeInput => ({ sentence: text.slice(unit.start, unit.end), context: '' });

/**
 * The units worth reading alone: those in a run of two or more neighbouring sentences the judge flags in the
 * same category (see JudgedUnit.alone). Few drafts have any; then nothing more is asked of the model.
 */
export function unitsToReadAlone(text: string, ruleFindings: readonly Finding[], units: readonly JudgedUnit[], thresholds: Thresholds, pack: Pack, options: CombineOptions = {}): number[] {
  thresholds = packThresholds(thresholds, pack);
  const kept = keptRuleFindings(ruleFindings, units, thresholds, pack);
  const wanted = new Set<JudgedUnit>();
  for (const { runs } of judgedRuns(text, kept, units, thresholds, pack, options)) for (const run of runs) if (run.length > 1) for (const u of run) wanted.add(u);
  return units.flatMap((u, i) => (wanted.has(u) ? [i] : []));
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
  const kept = keptRuleFindings(ruleFindings, units, thresholds, pack);
  const clauses = clauseIndex(pack);
  const messages = judgmentMessages(packLanguage(pack));
  for (const { category, rule, runs } of judgedRuns(text, kept, units, thresholds, pack, options)) {
    const severity: Severity = category === 'grievance' && rule.severity === 'block' ? 'warn' : rule.severity;
    for (const run of runs) {
      const { start, end } = carriers(run, category, thresholds[category].model);
      kept.push({
        category,
        ruleId: `judgment-${category}`,
        severity,
        start,
        end,
        message: messages[category].message,
        clauses: rule.clauses.flatMap((ref) => clauses.get(`${ref.policy}#${ref.section}`) ?? []),
        suggestion: messages[category].suggestion,
      });
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.category.localeCompare(b.category));
}

/**
 * The engine's checks on the pack, as `postcheck validate` and `postcheck
 * sign` make them (pack-checks.ts): every rule's own examples, each rule alone
 * (pack-examples.ts), then, when they pass, the speed check (pack-cost.ts).
 * Run on request: a pack's examples take a moment, too long for every pause
 * in typing. Each failing example links to its rule.
 */
import { useState } from 'preact/hooks';
import { studioStrings } from '../../components/studio-strings';
import { packCostProblem } from '../../rules/pack-cost';
import { ruleExampleProblems } from '../../rules/pack-examples';
import type { Pack } from '../../rules/schema';
import { focusField } from './focus-field';
import { fieldId, type Json } from './pack-edit';
import { validatePack } from './validation';

interface Run {
  /** The document as it was run: an edit since makes the run out of date. */
  document: Json;
  total: number;
  failures: { ruleIndex: number; ruleId: string; problem: string }[];
  cost: string | null;
}

function runChecks(document: Json, pack: Pack): Run {
  const failures = pack.rules.flatMap((rule, ruleIndex) => ruleExampleProblems(pack, rule).map((problem) => ({ ruleIndex, ruleId: rule.id, problem })));
  const total = pack.rules.reduce((n, rule) => n + rule.examples.match.length + rule.examples.noMatch.length, 0);
  // As packEngineProblems: a pack whose examples fail is refused for that, not timed too.
  return { document, total, failures, cost: failures.length ? null : packCostProblem(pack) };
}

/**
 * `typed` is the pack as typed this moment, not the copy validated at the
 * last pause: a click straight after typing runs what the author sees.
 */
export function ExamplesRun({ typed }: { typed: Json }) {
  const s = studioStrings();
  const [run, setRun] = useState<Run | null>(null);
  const [busy, setBusy] = useState(false);
  const current = run?.document === typed ? run : null;
  const start = () => {
    setBusy(true);
    // Let the disabled button be drawn before the (synchronous) checks take the page.
    setTimeout(() => {
      const validation = validatePack(typed);
      // Invalid since the last pause: the field errors will say why once they are drawn.
      setRun(validation.ok ? runChecks(typed, validation.pack) : null);
      setBusy(false);
    }, 0);
  };
  return (
    <div class="examples-run">
      <button type="button" class="button" onClick={start} disabled={busy} aria-describedby="studio-examples-result">
        {s.runExamples}
      </button>
      <div id="studio-examples-result" role="status">
        {current && <p>{s.examplesResult(current.total - current.failures.length, current.total)}</p>}
        {current?.cost && <p class="field-error">{s.costProblem(current.cost)}</p>}
        {current && !current.failures.length && !current.cost && <p class="done">{s.checksPassed}</p>}
      </div>
      {current && current.failures.length > 0 && (
        <ul class="examples-run__failed">
          {current.failures.map((failure, i) => {
            const id = fieldId(['rules', failure.ruleIndex]);
            return (
              <li key={i}>
                <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                  {s.placeRule(failure.ruleId)}
                </a>
                : {failure.problem}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

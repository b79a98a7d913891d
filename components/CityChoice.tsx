/**
 * First run with nothing configured: which city's policy to check with. The
 * bundled cities and the general template, as radio buttons (arrow keys move
 * between them) and one button; until a choice is made the template stands in,
 * never another city's policy.
 */
import { useState } from 'preact/hooks';
import { STRINGS } from './strings';

export interface CityChoiceProps {
  /** The bundled packs, the template among them. */
  choices: readonly { id: string; city: string }[];
  onChoose(packId: string): void;
  /** While the choice is being saved. */
  saving?: boolean;
}

export function CityChoice({ choices, onChoose, saving = false }: CityChoiceProps) {
  const [picked, setPicked] = useState<string | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    if (picked) onChoose(picked);
  };
  return (
    <form class="city-choice" onSubmit={submit}>
      <fieldset>
        <legend>{STRINGS.firstRunTitle}</legend>
        <p class="hint" id="city-choice-hint">
          {STRINGS.firstRunHint}
        </p>
        {choices.map((choice) => (
          <label class="check" key={choice.id}>
            <input type="radio" name="city" value={choice.id} checked={picked === choice.id} aria-describedby="city-choice-hint" onChange={() => setPicked(choice.id)} />{' '}
            {choice.id === 'template' ? STRINGS.firstRunTemplate : choice.city}
          </label>
        ))}
      </fieldset>
      <button type="submit" class="button button--primary" disabled={!picked || saving} aria-busy={saving}>
        {STRINGS.firstRunUse}
      </button>
    </form>
  );
}

/**
 * Driving after drinking, told by the author in one sentence, in English and
 * border Spanish: found as unlawful conduct however it is phrased; someone
 * else's state, a sober ride, a warning and a report about someone else are not.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../rules/engine';
import { bundledPack } from '../../../rules/packs/index';

const unlawful = (text: string) =>
  check(text, bundledPack('el-paso'))
    .filter((f) => f.category === 'unlawful-conduct')
    .map((f) => text.slice(f.start, f.end));

describe('driving after drinking, told by the author', () => {
  it.each([
    ['brunch con las girls 🍾 6 mimosas, 2 micheladas y yo manejando de regreso por la I-10 lol', 'mimosas, 2 micheladas y yo manejando'],
    ['Yo ya bien pedo manejando por toda la Montana y ni cuenta me di como llegue a la casa jajaja', 'bien pedo manejando'],
    ['drove home three beers deep lol straight lines are overrated', 'drove home three beers deep'],
    ['Salimos del baile y me vine manejando bien entonada, nadie me paró 😎', 'me vine manejando bien entonada'],
  ])('is found: %s', (text, span) => {
    expect(unlawful(text)).toEqual([span]);
  });

  it.each([
    'I drove my drunk friends home last night, somebody had to',
    'Never drink and drive. I took an Uber after a few beers.',
    'A drunk driver hit me while I was driving home from work',
    'qué pedo con el tráfico, llevo una hora manejando',
    'Unas micheladas en la casa y mi esposa de conductor designado, así sí 🙌 manejando ella de regreso',
  ])('is not found where no one boasts of it: %s', (text) => {
    expect(unlawful(text)).toEqual([]);
  });

  it('is not found in a report that someone else was caught (the coworker-privacy and confidential rules say what that is)', () => {
    expect(unlawful('Me dijeron que lo agarraron el sábado manejando borracho en la Montana, second DUI, pobre Memo')).toEqual([]);
  });
});

/**
 * A coworker's private life told as chisme in border Spanish — a divorce, an
 * affair, an arrest — is coworker privacy, as it is in English; the author's own
 * family, a walk "con el mop" and news shared "con permiso de" the person are not.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../rules/engine';
import { bundledPack } from '../../../rules/packs/index';

const coworkerPrivacy = (text: string) => check(text, bundledPack('el-paso')).some((f) => f.category === 'coworker-privacy');

describe('a coworker’s private life in Spanish', () => {
  it.each([
    'la del turno de la tarde anda saliendo con el supervisor de Environmental Services 👀 todo el piso sabe',
    'Mi compañera de la ventanilla 3 se está divorciando, el esposo le puso el cuerno con una de la oficina.',
    'Al nuevo de la yarda lo metieron al bote el fin de semana, por eso no vino al turno.',
  ])('is found: %s', (text) => {
    expect(coworkerPrivacy(text)).toBe(true);
  });

  it.each([
    'Mi hermana se está divorciando y estoy con ella este fin de semana, oren por ella 🙏',
    'Gracias a mi lead: yo hago el trabajo mientras una anda con el mop toda la mañana.',
    '¡Con permiso de mi compañera Rosa les comparto que ya regresó! Se divorció y está feliz, bienvenida de vuelta amiga.',
  ])('is not found: %s', (text) => {
    expect(coworkerPrivacy(text)).toBe(false);
  });
});

/**
 * Speaking for the city in border Spanish: apologising or recommending "de parte
 * de la Ciudad", a favour that skips the line ("no le hablen al 311… yo se los
 * arreglo"), a role with a promise, the city's seal on merchandise. A resident
 * who only names the city, relays its announcement or speaks "como vecina" is not.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../rules/engine';
import { bundledPack } from '../../../rules/packs/index';

const official = (text: string) => check(text, bundledPack('el-paso')).filter((f) => f.category === 'official-capacity');

describe('official capacity in Spanish and mixed drafts', () => {
  it.each([
    'Una disculpa de parte de la Ciudad a todos los vecinos de la calle Lisbon, no pasamos el lunes porque se descompuso el camión.',
    'En nombre de Sun Metro les pido una disculpa a todos los de la ruta 61 por lo de esta mañana.',
    'Para limpiar usamos puro Zep en el aeropuerto y la Ciudad de El Paso lo recomienda oficialmente, es el mejor que hay.',
    'Cualquier problema con su basura no llamen al 311, háblenme directo a mí y yo lo arreglo 😎',
    'Si tienen baches en su calle mándenme mensaje y yo se la paso directo al supervisor de Streets. No tienen que llamar al 311.',
    'Soy bombero del El Paso Fire Department y les digo una cosa: créanme, ese edificio no pasa la inspección.',
    'Ya llegaron mis playeras!! Las mandé hacer con el sello oficial de la Ciudad de El Paso enfrente. $15 cada una.',
  ])('is found: %s', (text) => {
    expect(official(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Me preguntaron cómo inscribirse a la liga de fútbol. Se hace en la página de Parks & Rec de la ciudad o llamando al 311, según el anuncio oficial que ya está en su página.',
    'Qué orgullo compas. El sábado en el cleanup del barrio recogimos 12 toneladas de basura. Así es El Paso, gente trabajadora que cuida su comunidad.',
    'Como vecina de la ciudad de El Paso creo que el nuevo impuesto es una burla, voten que no en mayo.',
    'Saludos de parte de mi mamá a todos los primos en Juárez, los queremos mucho.',
    'Como agente de bienes raíces en El Paso, creo que este es el mejor momento para comprar casa.',
    'Aviso: la Ciudad recomienda no regar el jardín entre las 10 y las 6 por el calor, pásenlo.',
    'Ya le hablé al 311 tres veces por el bache de la Montana y nada, qué vergüenza la ciudad.',
  ])('is not found: %s', (text) => {
    expect(official(text)).toEqual([]);
  });
});

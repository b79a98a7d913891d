import { readFileSync } from 'node:fs';
import { unpack } from 'efrt';
import { describe, expect, it } from 'vitest';
import { HONORIFIC_ABBREVIATIONS, PACKED_NAMES } from '../../../rules/name-lexicon';
import { mayNameSomeone, personNames } from '../../../rules/names-nlp';
// @ts-expect-error compromise's source modules carry no type declarations; read here only to compare.
import honorifics from '../../../node_modules/compromise/src/1-one/tokenize/model/abbreviations/honorifics.js';
// @ts-expect-error as above.
import { lexicon, switches } from '../../../node_modules/compromise/src/2-two/preTagger/model/lexicon/index.js';

const names = (sentence: string) => personNames(sentence).map((span) => sentence.slice(span.start, span.end));

describe('personNames', () => {
  it.each([
    ['Tanya in HR told me Bill from sanitation has a heart condition', ['Tanya', 'Bill']],
    ['caught dave asleep at his desk lol', ['dave']],
    ['snapped a pic of Earl napping in the fire truck', ['Earl']],
    ["want Sgt. Tran's home address for his retirement party?", ["Sgt. Tran's"]],
    ['they put Officer Reyes on desk duty', ['Officer Reyes']],
    ['Dave Kowalczyk from fleet is retiring', ['Dave Kowalczyk']],
    ['Jordan Ellis | Senior Planner', ['Jordan Ellis']],
    ['Thanks 🙏🏽 Dana Price for the help', ['Dana Price']],
  ])('finds the people in %j', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each([
    'Pick up at Warren Central Middle School is chaos',
    'the new traffic light on Clay St is so much better',
    'Alderman for Ward 4 again',
    'I work for the City of Alexandria',
    'a rally at City Hall on Christmas Eve',
    'she has MS. She asked us not to tell anyone',
    'Baby shower for my sister Saturday, she is due in June!',
    'Our new address is 18 Sky Farm Ave',
    'moving to a job in Jordan next year',
  ])('finds no person in %j', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  it('gives UTF-16 offsets into the sentence, past emoji and accents', () => {
    const sentence = '😂😂 José said Dave Smith was here';
    const spans = personNames(sentence);
    expect(spans.map((s) => sentence.slice(s.start, s.end))).toContain('Dave Smith');
  });
});

describe('mayNameSomeone: which sentences are worth tokenizing for names', () => {
  it.each([
    'Mrs. Pruitt on Cherry St called again',
    'Mr. Kessler, I have seen your house',
    'they put Officer Reyes on desk duty',
    'caught dave asleep at his desk',
    'JOSÉ left early',
    'Mary-Kate said hi',
    "Dave's truck again",
  ])('says yes for %j (a word a name can start with)', (sentence) => {
    expect(mayNameSomeone(sentence)).toBe(true);
    expect(names(sentence).length).toBeGreaterThan(0);
  });

  it.each(['the pothole on the corner is finally fixed', 'so tired of this heat 😩', '12345 !!!', '', 'a ray of light over the lake in june'])('says no for %j (and no names are found there: "ray", "june" lowercase cannot start one)', (sentence) => {
    expect(mayNameSomeone(sentence)).toBe(false);
    expect(personNames(sentence)).toEqual([]);
  });
});

describe('the name lists (rules/name-lexicon.ts)', () => {
  const tagOf = (table: Record<string, string>, tag: string) => Object.keys(table).filter((w) => table[w] === tag).sort();

  it('are compromise’s, as installed (re-run scripts/make-name-lexicon.mjs after upgrading it)', () => {
    const { version } = JSON.parse(readFileSync('node_modules/compromise/package.json', 'utf8')) as { version: string };
    expect(readFileSync('rules/name-lexicon.ts', 'utf8')).toContain(`compromise ${version}'s lexicon`);
    for (const [tag, packed] of Object.entries(PACKED_NAMES)) {
      const table = (tag.includes('|') ? switches : lexicon) as Record<string, string>;
      expect(Object.keys(unpack(packed)).sort(), tag).toEqual(tagOf(table, tag));
    }
    expect(HONORIFIC_ABBREVIATIONS).toEqual([...(honorifics as string[])].sort());
  });
});

import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profanityPrefilter } from '../../../rules/detectors/profanity-prefilter';
import { check } from '../../../rules/engine';
import { bundledPack } from '../../../rules/packs/index';
import { loadTeamCorpus as loadCorpus } from '../../../scripts/judgment/corpora';

const library = createRequire(import.meta.url)('obscenity') as typeof import('obscenity');
const dataset = new library.DataSet<{ originalWord: string }>().addAll(library.englishDataset);
const matcher = new library.RegExpMatcher({ ...dataset.build(), ...library.englishRecommendedTransformers });
const mayMatch = profanityPrefilter(library, dataset, library.englishRecommendedBlacklistMatcherTransformers);

/** Generated paragraphs full of what obscenity's transformers undo: leetspeak, stretched letters, look-alikes, case (fast-check, seeded, unbiased). */
function disguised(seed: number, count: number): string[] {
  const pieces = ['fuck', 'FuCk', 'f u c k', 'fuuuuck', 'fvck', 'phuck', 'sh1t', '$hit', 'shiiiit', 'b1tch', 'biiitch', 'a$$', '@ss', 'ass', 'class', 'cunt', 'c0ck', 'd1ck', 'dick', 'Dickens',
    'n1gger', 'f@g', 'wh0re', 'tw4t', 'ƒuck', 'ѕhit', 'ｆｕｃｋ', 'ⓕⓤⓒⓚ', ' ', ' ', '  ', '.', ',', '!', '\t', 'the', 'pass', 'assess', 'scunthorpe', 'shitake', 'cocktail', 'x', '0', '1', '3', '4', '5', '7', '@', '$', '|', '(', 'é', '😀', 'k', 'c', 'u', 'f'];
  return fc.sample(fc.noBias(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''))), { numRuns: count, seed });
}

describe('profanity prefilter', () => {
  it('lets through every paragraph in which obscenity finds something (corpus and generated leetspeak)', () => {
    const paragraphs = [...loadCorpus().flatMap((d) => d.text.split('\n')), ...disguised(3, 20_000)];
    let found = 0;
    for (const paragraph of paragraphs) {
      if (!matcher.getAllMatches(paragraph).length) continue;
      found++;
      expect(mayMatch(paragraph), JSON.stringify(paragraph)).toBe(true);
    }
    expect(found).toBeGreaterThan(1_000); // the generated set really exercises the matcher
  });

  it('turns away ordinary paragraphs, which is what makes it worth having', () => {
    // (Words with a listed word inside, "class" or "Scunthorpe", get through: only the matcher's whitelist tells them apart.)
    const clean = ['Council meeting moved to Thursday at the library.', 'Lovely morning at the farmers market, the peaches are back!', 'Ran 5k before work, new personal best 🎉'];
    for (const paragraph of clean) expect(mayMatch(paragraph), paragraph).toBe(false);
    const corpus = loadCorpus().flatMap((d) => d.text.split('\n'));
    expect(corpus.filter(mayMatch).length / corpus.length).toBeLessThan(0.2);
  });

  it('keeps the findings in their place in a draft of several paragraphs', () => {
    const text = 'Long week.\n\nNothing to see here at all.\nWhat the fuck is this parking situation, seriously';
    const profanity = check(text, bundledPack('alexandria')).filter((f) => f.ruleId === 'harassment-profanity');
    expect(profanity.map((f) => text.slice(f.start, f.end))).toEqual(['fuck']);
  });
});

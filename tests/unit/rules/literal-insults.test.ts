/**
 * Insult nouns that are everyday things too ("trash", "garbage", "animals",
 * "tool", "clown") are harassment only when said of people: predicated, called
 * at someone, or in a simile. The thing itself — pickup routes, sports trash
 * talk, zoo keepers, a budget tool — is not. And a sharing consent clears a
 * coworker's news (welcome-backs told with their permission).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../rules/engine';
import { bundledPack } from '../../../rules/packs/index';

const categories = (text: string, pack = 'vicksburg') => new Set(check(text, bundledPack(pack as 'vicksburg')).map((f) => f.category));

describe('insult nouns that are things too', () => {
  it.each([
    'These people live like animals and then cry when we haul off their junk.',
    'Some people are just human trash and no program is fixing that.',
    "Trash people, every one of them. That's the casino crowd for you.",
    'Dave in purchasing is a tool and everybody knows it.',
    'y’all are animals fr, the whole crew on B shift',
  ])('said of people, is harassment: %s', (text) => {
    expect(categories(text)).toContain('harassment');
  });

  it.each([
    "Cowboys fans, I'm gonna need y'all to stop talking trash until we beat a team with a winning record",
    'They don’t talk back, they don’t leave trash, and they don’t mind if I sing a little off key.',
    "She has fed, medicated, walked and loved more animals than anybody I know. Gloria, we love you.",
    'I think the council’s new garbage fee is too steep for folks on fixed incomes, and I’ll say so at the meeting.',
    'The most important tool in an EOC is a good relationship built before the storm, she taught me that.',
  ])('the thing itself is not: %s', (text) => {
    expect(categories(text)).not.toContain('harassment');
  });
});

describe('news shared with the person’s consent', () => {
  it('a welcome-back with stated permission is no private fact', () => {
    const text = 'WELCOME BACK Jerome! After his shoulder surgery in March he is finally cleared for full duty and back on B shift. Jerome said it was fine to post this.';
    expect(categories(text, 'alexandria')).not.toContain('confidential');
    expect(categories(text.replace(' Jerome said it was fine to post this.', ''), 'alexandria')).toContain('confidential');
  });
});

import { describe, expect, it } from 'vitest';
import { phrases as NEWS_WORDS } from '../../../rules/vocabulary/news-words.json';
import { valence } from '../../../rules/valence';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('valence', () => {
  it('sums AFINN scores and keeps the worst word', () => {
    const text = 'a useless and pathetic plan';
    expect(valence(text, whole(text))).toEqual({ total: -4, worst: -2 }); // useless −2, pathetic −2
  });

  it('flips a word after a negator', () => {
    const text = 'not helpful';
    expect(valence(text, whole(text)).total).toBeLessThan(0);
  });

  it('leaves news words unscored when asked: reporting is not judging', () => {
    const text = 'got put on leave after the arrest, something about missing funds';
    expect(valence(text, whole(text)).total).toBeLessThanOrEqual(-3);
    expect(valence(text, whole(text), new Set(NEWS_WORDS))).toEqual({ total: 0, worst: 0 });
  });
});

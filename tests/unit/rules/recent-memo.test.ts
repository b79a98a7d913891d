import { describe, expect, it } from 'vitest';
import { BASE_NAME_WORDS } from '../../../rules/names-nlp';
import { peopleIn } from '../../../rules/people';
import { forgetRecentPieces, recentMemo } from '../../../rules/recent-memo';
import { makeTextView } from '../../../rules/text';

describe('recentMemo: results of draft pieces remembered across checks', () => {
  it('computes a piece once and answers again from memory', () => {
    const seen: string[] = [];
    const memo = recentMemo((piece: string) => {
      seen.push(piece);
      return piece.length;
    }, 3);
    expect([memo.get('ab'), memo.get('abc'), memo.get('ab')]).toEqual([2, 3, 2]);
    expect(seen).toEqual(['ab', 'abc']);
  });

  it('drops the least recently used piece when full', () => {
    const seen: string[] = [];
    const memo = recentMemo((piece: string) => seen.push(piece), 2);
    memo.get('a');
    memo.get('b');
    memo.get('a'); // a is now the most recent
    memo.get('c'); // b goes
    memo.get('a');
    memo.get('b');
    expect(seen).toEqual(['a', 'b', 'c', 'b']);
  });

  it('forgets everything on forgetRecentPieces', () => {
    const seen: string[] = [];
    const memo = recentMemo((piece: string) => seen.push(piece), 10);
    memo.get('a');
    forgetRecentPieces();
    memo.get('a');
    expect(seen).toEqual(['a', 'a']);
  });
});

describe('people remembered by sentence text', () => {
  const sentence = 'Dave Miller from payroll told me.';
  const first = `${sentence} Then lunch.`;
  const second = `Long day today, honestly. ${sentence}`;
  const names = (text: string) => {
    const view = makeTextView(text);
    return peopleIn(view, { start: 0, end: text.length }, BASE_NAME_WORDS).map((p) => text.slice(p.start, p.end));
  };

  it('point at the same words when the remembered sentence sits elsewhere in the next draft', () => {
    forgetRecentPieces();
    expect(names(first)).toContain('Dave Miller');
    // Answered from memory this time: the offsets must be moved to where the sentence now is.
    expect(names(second)).toContain('Dave Miller');
    expect(names(second).every((n) => n.length > 0 && sentence.includes(n))).toBe(true);
  });

  it('are the same whether remembered or not', () => {
    forgetRecentPieces();
    const fresh = names(second);
    const remembered = names(second);
    expect(remembered).toEqual(fresh);
  });
});

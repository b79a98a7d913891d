/** "Not a problem here": what is set aside, for how long, and what can never be. */
import { describe, expect, it } from 'vitest';
import { canDismiss, DismissalMemory } from '../../../entrypoints/content/dismissals';
import type { Finding } from '../../../rules/finding';

const note = (text: string, words: string, over: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return { category: 'harassment', ruleId: 'insult', severity: 'warn', start, end: start + words.length, message: 'This insults a person.', clauses: [], ...over };
};

describe('dismissals (memory only, per box)', () => {
  const box = {};
  const other = {};

  it('sets a note aside for its box while its words are unchanged, wherever they move', () => {
    const memory = new DismissalMemory<object>();
    const text = 'what an idiot';
    expect(memory.dismiss(box, note(text, 'idiot'), text, false)).toMatchObject({ ruleId: 'insult', category: 'harassment', words: 'idiot' });
    expect(memory.filter(box, text, [note(text, 'idiot')], false)).toEqual([]);
    // Words typed before it move the offsets; the note stays set aside.
    const moved = 'honestly, what an idiot';
    memory.keepPresent(box, moved);
    expect(memory.filter(box, moved, [note(moved, 'idiot')], false)).toEqual([]);
    // Another box with the same words is another draft.
    expect(memory.filter(other, text, [note(text, 'idiot')], false)).toHaveLength(1);
  });

  it('keys on the rule and category: another rule on the same words still shows', () => {
    const memory = new DismissalMemory<object>();
    const text = 'what an idiot';
    memory.dismiss(box, note(text, 'idiot'), text, false);
    const judged = note(text, 'what an idiot', { ruleId: 'judgment-harassment' });
    const otherCategory = note(text, 'idiot', { category: 'grievance' });
    expect(memory.filter(box, text, [judged, otherCategory], false)).toEqual([judged, otherCategory]);
  });

  it('brings the note back once its words are edited, and forgets the dismissal (typing them again is a new note)', () => {
    const memory = new DismissalMemory<object>();
    memory.dismiss(box, note('what an idiot', 'idiot'), 'what an idiot', false);
    memory.keepPresent(box, 'what an idiots');
    // "idiot" is still inside "idiots", but the rule now flags "idiots": other words, so the note shows.
    expect(memory.filter(box, 'what an idiots', [note('what an idiots', 'idiots')], false)).toHaveLength(1);
    memory.keepPresent(box, 'what an id');
    expect(memory.list()).toEqual([]);
    memory.keepPresent(box, 'what an idiot');
    expect(memory.filter(box, 'what an idiot', [note('what an idiot', 'idiot')], false)).toHaveLength(1);
  });

  it('never sets aside a serious note under strict mode, nor a photo’s note', () => {
    const memory = new DismissalMemory<object>();
    const text = 'the door code is 5591';
    const block = note(text, '5591', { severity: 'block', ruleId: 'door-code', category: 'confidential' });
    expect(canDismiss(block, true)).toBe(false);
    expect(memory.dismiss(box, block, text, true)).toBeNull();
    expect(memory.filter(box, text, [block], true)).toEqual([block]);
    // Outside strict mode a serious note can be set aside; strict mode still shows it.
    expect(memory.dismiss(box, block, text, false)).not.toBeNull();
    expect(memory.filter(box, text, [block], false)).toEqual([]);
    expect(memory.filter(box, text, [block], true)).toEqual([block]);
    const photo: Finding = { ...block, severity: 'warn', start: 0, end: 0, attachment: { index: 1 } };
    expect(canDismiss(photo, false)).toBe(false);
    expect(memory.dismiss(box, photo, text, false)).toBeNull();
  });

  it('lists every dismissal oldest first, undoes one by id and says which box to check again', () => {
    const memory = new DismissalMemory<object>();
    const a = memory.dismiss(box, note('what an idiot', 'idiot'), 'what an idiot', false);
    const b = memory.dismiss(other, note('you moron', 'moron'), 'you moron', false);
    // The same note twice is one dismissal.
    expect(memory.dismiss(box, note('what an idiot', 'idiot'), 'what an idiot', false)).toBe(a);
    expect(memory.list().map((d) => d.words)).toEqual(['idiot', 'moron']);
    expect(memory.undo(b?.id ?? '')).toBe(other);
    expect(memory.undo('nope')).toBeNull();
    expect(memory.list().map((d) => d.words)).toEqual(['idiot']);
    expect(memory.filter(other, 'you moron', [note('you moron', 'moron')], false)).toHaveLength(1);
  });

  it('forgets the boxes that left the page', () => {
    const memory = new DismissalMemory<object>();
    memory.dismiss(box, note('what an idiot', 'idiot'), 'what an idiot', false);
    memory.prune((b) => b !== box);
    expect(memory.list()).toEqual([]);
  });
});

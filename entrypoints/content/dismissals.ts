/**
 * "Not a problem here": the notes the employee set aside, per compose box, in
 * this page's memory only (never stored, never sent: a dismissal holds the
 * flagged words). A dismissal is keyed on the rule, its category and the words
 * the note points to, not on offsets, so it holds while those words stay as
 * they were, wherever the edit moves them, and the note comes back as soon as
 * they change. Generic over the box so it is tested without a DOM.
 */
import type { Finding } from '../../rules/finding';
import type { Category } from '../../rules/schema';

export interface Dismissal {
  /** Names this dismissal for undo (unique on this page). */
  id: string;
  ruleId: string;
  category: Category;
  /** The flagged words, as they were when dismissed. */
  words: string;
  /** The note's message, to list the dismissal by (the popup). */
  message: string;
}

/** Whether the employee may set this note aside: not a photo's note (its own consent answers it), and not a serious note under strict mode. */
export function canDismiss(finding: Finding, strictMode: boolean): boolean {
  return !finding.attachment && !(strictMode && finding.severity === 'block');
}

const sameNote = (d: Dismissal, ruleId: string, category: Category, words: string) => d.ruleId === ruleId && d.category === category && d.words === words;

export class DismissalMemory<Box extends object> {
  private readonly byBox = new Map<Box, Dismissal[]>();
  private next = 1;

  /** Sets the note aside for this box; returns the dismissal, or null when the note may not be dismissed or has no words. */
  dismiss(box: Box, finding: Finding, text: string, strictMode: boolean): Dismissal | null {
    const words = text.slice(finding.start, finding.end);
    if (!canDismiss(finding, strictMode) || !words) return null;
    const list = this.byBox.get(box) ?? [];
    const existing = list.find((d) => sameNote(d, finding.ruleId, finding.category, words));
    if (existing) return existing;
    const dismissal: Dismissal = { id: `d${this.next++}`, ruleId: finding.ruleId, category: finding.category, words, message: finding.message };
    this.byBox.set(box, [...list, dismissal]);
    return dismissal;
  }

  /**
   * Forgets this box's dismissals whose words are no longer in its text: once the words were edited, the note is
   * back (and if the same words are typed again later, it is a new note, not one the employee already answered).
   */
  keepPresent(box: Box, text: string): void {
    const list = this.byBox.get(box);
    if (!list) return;
    const rest = list.filter((d) => text.includes(d.words));
    if (rest.length === list.length) return;
    if (rest.length) this.byBox.set(box, rest);
    else this.byBox.delete(box);
  }

  /** The findings still to show for this box's text: a dismissed note whose words are unchanged is left out. */
  filter(box: Box, text: string, findings: readonly Finding[], strictMode: boolean): Finding[] {
    const list = this.byBox.get(box);
    if (!list?.length) return [...findings];
    return findings.filter((f) => !canDismiss(f, strictMode) || !list.some((d) => sameNote(d, f.ruleId, f.category, text.slice(f.start, f.end))));
  }

  /** Takes a dismissal back; returns the box it belonged to (to check it again), or null. */
  undo(id: string): Box | null {
    for (const [box, list] of this.byBox) {
      if (!list.some((d) => d.id === id)) continue;
      const rest = list.filter((d) => d.id !== id);
      if (rest.length) this.byBox.set(box, rest);
      else this.byBox.delete(box);
      return box;
    }
    return null;
  }

  /** Every dismissal on this page, oldest first. */
  list(): Dismissal[] {
    return [...this.byBox.values()].flat().sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  }

  /** Forgets the boxes that are gone (their drafts went with them). */
  prune(isAlive: (box: Box) => boolean): void {
    for (const box of [...this.byBox.keys()]) if (!isAlive(box)) this.byBox.delete(box);
  }
}

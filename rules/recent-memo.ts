/**
 * A bounded memo keyed by a piece of draft text (a sentence, a line), for
 * results that depend on that text alone. While someone types, only the piece
 * under the cursor changes, so a re-check of a long draft recomputes one piece
 * instead of all of them. In memory only; the least recently used piece is
 * dropped first.
 */
export class RecentMemo<V> {
  readonly #entries = new Map<string, V>();

  constructor(
    private readonly compute: (piece: string) => V,
    private readonly capacity: number,
  ) {}

  get(piece: string): V {
    let value = this.#entries.get(piece);
    if (value === undefined) {
      const began = pieceWork.clock?.();
      value = this.compute(piece);
      if (began !== undefined) pieceWork.spent += pieceWork.clock!() - began;
      if (this.#entries.size >= this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
    } else {
      // Re-inserted so it counts as the most recently used.
      this.#entries.delete(piece);
    }
    this.#entries.set(piece, value);
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}

/**
 * Time spent reading pieces not seen before, on the clock of the check that
 * asked (check-budget.ts): work done once per sentence, whatever the pack, so
 * a check's budget for the pack's rules does not pay for it.
 */
export const pieceWork: { clock: (() => number) | undefined; spent: number } = { clock: undefined, spent: 0 };

/** Every memo of draft pieces, so they can be emptied together (the benchmark's first checks of new drafts). */
const all: RecentMemo<unknown>[] = [];

export function recentMemo<V>(compute: (piece: string) => V, capacity: number): RecentMemo<V> {
  const memo = new RecentMemo(compute, capacity);
  all.push(memo as RecentMemo<unknown>);
  return memo;
}

export function forgetRecentPieces(): void {
  for (const memo of all) memo.clear();
}

/** An entry of a {@link MinHeap}: ordered by `at`, then by `tie`. */
export interface HeapEntry<T> {
  readonly at: number;
  readonly tie: number;
  readonly value: T;
}

/**
 * A binary min-heap ordered by time, then by a tie-breaker the caller chooses (a machine's place
 * in the fleet, an insertion counter), so equal times pop in an order that does not depend on
 * the order of pushes.
 */
export class MinHeap<T> {
  readonly #items: HeapEntry<T>[] = [];

  get size(): number {
    return this.#items.length;
  }

  push(at: number, tie: number, value: T): void {
    const items = this.#items;
    items.push({ at, tie, value });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#less(i, parent)) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  peek(): HeapEntry<T> | undefined {
    return this.#items[0];
  }

  pop(): HeapEntry<T> | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    items[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      let m = i;
      if (l < items.length && this.#less(l, m)) m = l;
      if (l + 1 < items.length && this.#less(l + 1, m)) m = l + 1;
      if (m === i) break;
      this.#swap(i, m);
      i = m;
    }
    return top;
  }

  #less(i: number, j: number): boolean {
    const a = this.#items[i] as HeapEntry<T>;
    const b = this.#items[j] as HeapEntry<T>;
    return a.at < b.at || (a.at === b.at && a.tie < b.tie);
  }

  #swap(i: number, j: number): void {
    const items = this.#items;
    [items[i], items[j]] = [items[j] as HeapEntry<T>, items[i] as HeapEntry<T>];
  }
}

/** An entry of the queue: when, in which order among equals, and what to do. */
interface Entry<T> {
  readonly at: number;
  /** Lower runs first at the same instant: scenario events before the world's own. */
  readonly priority: number;
  readonly seq: number;
  readonly item: T;
}

/**
 * A time-ordered queue (binary heap). Ties break by priority, then by insertion order, so a run
 * processes events in the same order every time.
 */
export class EventQueue<T> {
  #heap: Entry<T>[] = [];
  #seq = 0;

  get size(): number {
    return this.#heap.length;
  }

  push(at: number, item: T, priority = 0): void {
    this.#heap.push({ at, priority, seq: this.#seq++, item });
    let i = this.#heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#less(i, parent)) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  /** When the earliest entry is due, without removing it; undefined when the queue is empty. */
  nextAt(): number | undefined {
    return this.#heap[0]?.at;
  }

  /** Removes and returns the earliest entry. */
  pop(): { at: number; item: T } | undefined {
    const top = this.#heap[0];
    const last = this.#heap.pop();
    if (!top || !last) return undefined;
    if (this.#heap.length > 0) {
      this.#heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.#heap.length && this.#less(l, m)) m = l;
        if (r < this.#heap.length && this.#less(r, m)) m = r;
        if (m === i) break;
        this.#swap(i, m);
        i = m;
      }
    }
    return { at: top.at, item: top.item };
  }

  #less(i: number, j: number): boolean {
    const a = this.#heap[i] as Entry<T>;
    const b = this.#heap[j] as Entry<T>;
    return a.at !== b.at ? a.at < b.at : a.priority !== b.priority ? a.priority < b.priority : a.seq < b.seq;
  }

  #swap(i: number, j: number): void {
    const t = this.#heap[i] as Entry<T>;
    this.#heap[i] = this.#heap[j] as Entry<T>;
    this.#heap[j] = t;
  }
}

import { createHash } from 'node:crypto';

/**
 * A seeded random source (sfc32). `split(name)` derives an independent stream from the seed and
 * a name only, so adding a machine never changes another machine's draws.
 */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  private constructor(
    readonly seed: number,
    readonly path: string,
  ) {
    const h = createHash('sha256').update(`${seed}/${path}`).digest();
    this.#a = h.readUInt32LE(0);
    this.#b = h.readUInt32LE(4);
    this.#c = h.readUInt32LE(8);
    this.#d = h.readUInt32LE(12);
  }

  /** The root stream of a run. */
  static fromSeed(seed: number): Random {
    return new Random(seed, '');
  }

  /** An independent stream for a named part of the world. */
  split(name: string): Random {
    return new Random(this.seed, `${this.path}/${name}`);
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.#a + this.#b) >>> 0) + this.#d) >>> 0;
    this.#d = (this.#d + 1) >>> 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) >>> 0;
    this.#c = ((this.#c << 21) | (this.#c >>> 11)) >>> 0;
    this.#c = (this.#c + t) >>> 0;
    return t / 2 ** 32;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}

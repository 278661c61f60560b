import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/engine/event-queue.js';

/** Pops everything, returning the items in pop order. */
function drain<T>(queue: EventQueue<T>): Array<{ at: number; item: T }> {
  const out: Array<{ at: number; item: T }> = [];
  for (let next = queue.pop(); next; next = queue.pop()) out.push(next);
  return out;
}

describe('EventQueue', () => {
  it('pops in time order whatever the push order', () => {
    const q = new EventQueue<string>();
    q.push(30, 'c');
    q.push(10, 'a');
    q.push(20, 'b');
    expect(drain(q).map((e) => e.item)).toEqual(['a', 'b', 'c']);
  });

  it('at the same instant, lower priority first (scenario events before the world’s own)', () => {
    const q = new EventQueue<string>();
    q.push(10, 'world', 1);
    q.push(10, 'scenario', 0);
    q.push(5, 'earlier', 9);
    expect(drain(q).map((e) => e.item)).toEqual(['earlier', 'scenario', 'world']);
  });

  it('at the same instant and priority, insertion order', () => {
    const q = new EventQueue<number>();
    for (let i = 0; i < 50; i++) q.push(100, i, 1);
    expect(drain(q).map((e) => e.item)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('returns each entry’s time with it, counts its size, and is undefined when empty', () => {
    const q = new EventQueue<string>();
    expect(q.pop()).toBeUndefined();
    q.push(7, 'x');
    q.push(3, 'y');
    expect(q.size).toBe(2);
    expect(q.pop()).toEqual({ at: 3, item: 'y' });
    expect(q.size).toBe(1);
    expect(q.pop()).toEqual({ at: 7, item: 'x' });
    expect(q.size).toBe(0);
    expect(q.pop()).toBeUndefined();
  });

  it('keeps order when pushes are interleaved with pops', () => {
    const q = new EventQueue<string>();
    q.push(10, 'a');
    q.push(30, 'd');
    expect(q.pop()?.item).toBe('a');
    q.push(20, 'b', 1);
    q.push(20, 'c', 1);
    q.push(20, 'first-at-20', 0);
    expect(drain(q).map((e) => e.item)).toEqual(['first-at-20', 'b', 'c', 'd']);
  });

  test.prop([
    fc.array(fc.record({ at: fc.integer({ min: 0, max: 20 }), priority: fc.integer({ min: 0, max: 2 }) }), {
      maxLength: 200,
    }),
  ])('pops exactly what a stable sort by (time, priority) gives', (entries) => {
    const q = new EventQueue<number>();
    entries.forEach((e, i) => {
      q.push(e.at, i, e.priority);
    });
    const expected = entries
      .map((e, i) => ({ ...e, i }))
      .sort((a, b) => a.at - b.at || a.priority - b.priority || a.i - b.i)
      .map((e) => ({ at: e.at, item: e.i }));
    expect(drain(q)).toEqual(expected);
  });

  test.prop([
    fc.array(
      fc.oneof(
        fc.record({ op: fc.constant('push' as const), at: fc.integer({ min: 0, max: 10 }), p: fc.nat(2) }),
        fc.record({ op: fc.constant('pop' as const) }),
      ),
      { maxLength: 200 },
    ),
  ])('with pushes and pops interleaved, every pop is the least of what is queued', (ops) => {
    const q = new EventQueue<number>();
    let model: Array<{ at: number; p: number; seq: number }> = [];
    let seq = 0;
    for (const op of ops) {
      if (op.op === 'push') {
        q.push(op.at, seq, op.p);
        model.push({ at: op.at, p: op.p, seq: seq++ });
      } else {
        model.sort((a, b) => a.at - b.at || a.p - b.p || a.seq - b.seq);
        const want = model[0];
        model = model.slice(1);
        expect(q.pop()).toEqual(want && { at: want.at, item: want.seq });
      }
    }
    expect(q.size).toBe(model.length);
  });
});

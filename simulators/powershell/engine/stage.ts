import type { PSValue } from '../values/value.js';

/** Marks a process call with no pipeline object (the first command of a pipeline). */
export const NO_INPUT: unique symbol = Symbol('no pipeline input');

/**
 * One command of a running pipeline, in the shape of a command processor: begin once, process
 * per pipeline object (or once with NO_INPUT when it starts the pipeline), end once.
 */
export interface Stage {
  begin(): void;
  process(input: PSValue | typeof NO_INPUT): void;
  end(): void;
}

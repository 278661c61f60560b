import type fc from 'fast-check';
import { agree } from './agreement.js';
import type { EngineDriver } from './driver.js';
import type { ModelState } from './state.js';

/** One model-based command: the model's state against the engine's driver. */
export type Step = fc.Command<ModelState, EngineDriver>;

/** A step: a precondition on the model, the same action on both sides, then the agreement check. */
export function step(
  name: string,
  pre: (s: ModelState) => boolean,
  act: (s: ModelState, e: EngineDriver) => void,
): Step {
  return {
    check: (s) => pre(s),
    run: (s, e) => {
      act(s, e);
      agree(s, e, name);
    },
    toString: () => name,
  };
}

/** The precondition of a step that can run in any state. */
export const always = (): boolean => true;

/** Throws, naming the step, when the engine showed something else than the model expected. */
export function expectSame(step: string, what: string, model: unknown, engine: unknown): void {
  if (JSON.stringify(model) !== JSON.stringify(engine))
    throw new Error(
      `after ${step}: ${what}: model ${JSON.stringify(model)}, engine ${JSON.stringify(engine)}`,
    );
}

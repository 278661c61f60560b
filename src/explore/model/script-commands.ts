import fc from 'fast-check';
import { SHIPPED_SCRIPTS } from '../shipped-scripts.js';
import { runScriptModel } from './script-model.js';
import { always, expectSame, type Step, step } from './step.js';

/**
 * Each shipped script run on the machine (as a `run:` event, `-Confirm` answered either way): the
 * model says what it does and prints; after it, the output, the first error and the machine agree.
 */
export const scriptCommands: fc.Arbitrary<Step>[] = [
  fc
    .record({ script: fc.constantFrom(...SHIPPED_SCRIPTS), confirm: fc.boolean() })
    .map(({ script, confirm }) => {
      const name = `run ${script}.ps1${confirm ? ' -Confirm:yes' : ''}`;
      return step(name, always, (s, e) => {
        const expected = runScriptModel(s, script, confirm);
        const { output, errors } = e.runScript(script, confirm);
        expectSame(name, 'its output', expected.lines, output);
        expectSame(name, 'its first error', expected.firstError, errors[0]);
      });
    }),
];

import type { ErrorRecord, ScriptPosition } from '../errors/error-record.js';

/**
 * An operator's failure before it knows where it happened; the evaluator supplies the position
 * and raises the record as a statement-terminating error.
 */
export class LanguageFault extends Error {
  override name = 'LanguageFault';

  constructor(readonly record: (position: ScriptPosition) => ErrorRecord) {
    super('[hotpatch-harness] language fault (raised with its position by the evaluator)');
  }
}

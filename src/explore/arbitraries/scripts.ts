import fc from 'fast-check';
import { type ShippedScript, scriptPath } from '../shipped-scripts.js';

/**
 * The script a `run:` event names, as drawn: one of each family (the event's kind picks the
 * family), and the answer to its `-Confirm` prompts.
 */
export interface RawScript {
  readonly workaround: ShippedScript;
  readonly vbs: ShippedScript;
  readonly confirm: boolean;
}

/** The two families of shipped scripts, each a swarm kind of its own (see EVENT_KINDS). */
export type ScriptFamily = 'workaround' | 'vbs';

/**
 * A shipped script of each family: the October 2025 workarounds (option 2 most often: its
 * `Restart-Computer -Confirm` answered no leaves the override written and the machine not
 * restarted, DOMAIN.md 6B), and the VBS scripts (enabling more often than checking). Shrinks
 * towards option 2 and check-vbs.ps1, which changes nothing.
 */
export const rawScriptArbitrary: fc.Arbitrary<RawScript> = fc.record({
  workaround: fc.oneof(
    { withCrossShrink: true },
    { weight: 2, arbitrary: fc.constant('workaround-option-2' as const) },
    { weight: 1, arbitrary: fc.constant('workaround-option-1-policy' as const) },
    { weight: 1, arbitrary: fc.constant('workaround-option-1-cleanup' as const) },
  ),
  vbs: fc.oneof(
    { withCrossShrink: true },
    { weight: 1, arbitrary: fc.constant('check-vbs' as const) },
    { weight: 2, arbitrary: fc.constant('enable-vbs' as const) },
  ),
  confirm: fc.boolean(),
});

/** The action of a `run:` event (scenario format v1): the script's path, and `confirm: true` when drawn. */
export function runAction(family: ScriptFamily, raw: RawScript): { run: string; confirm?: true } {
  return { run: scriptPath(raw[family]), ...(raw.confirm ? { confirm: true as const } : {}) };
}

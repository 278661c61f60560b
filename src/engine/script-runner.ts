import { runScriptOnMachine } from '../../simulators/machine/powershell/index.js';
import type { FleetMachine } from './fleet-machine.js';
import { restartMachine } from './machine-actions.js';
import type { World } from './world.js';

/**
 * The clock a script runs on: it starts at `start` and only Start-Sleep moves it, so a script's
 * sleeps never move the world's clock under its queued events.
 */
export function scriptClock(start: number): { now(): number; advance(ms: number): void } {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

/**
 * Runs a scenario's script on a machine now. Every line it writes becomes a `script-output` event
 * (a `script-error` one for the error stream) at the event's virtual time: the script runs whole at
 * that instant as far as the rest of the world is concerned, and Start-Sleep moves only the
 * script's own clock (INFER: nothing else on the timeline depends on a script's few seconds). A
 * restart the script asks for ends it there, and the machine restarts (reason requested).
 */
export function runScript(
  world: World,
  fm: FleetMachine,
  path: string,
  source: string,
  confirm: boolean,
): void {
  const now = world.clock.now();
  const clock = scriptClock(now);
  const result = runScriptOnMachine(fm.machine, source, {
    clock,
    confirm: () => confirm,
    file: path,
    ...(fm.agent ? { agent: fm.agent } : {}),
  });
  for (const entry of result.streams) {
    const type = entry.stream === 'error' ? 'script-error' : 'script-output';
    for (const line of entry.text.replace(/\r?\n$/, '').split(/\r?\n/)) {
      if (line.trim() !== '') world.ledger.log(now, fm.name, type, `${path}: ${line}`);
    }
  }
  if (result.restartRequested) restartMachine(world, fm, 'requested');
}

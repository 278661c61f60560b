import { readFileSync } from 'node:fs';
import { runScriptOnMachine } from '../../simulators/machine/powershell/index.js';
import { loadPowerShellGrammar, transcript } from '../../simulators/powershell/index.js';
import { parseUtc } from '../../simulators/shared/clock.js';
import { RunSession } from '../engine/run-session.js';
import { scriptClock } from '../engine/script-runner.js';
import { scenarioSchema } from '../scenario/schema.js';
import { InputError } from './exit-codes.js';
import { loadScenarioInput } from './scenario-input.js';

/** Options of `hotpatch-harness exec`. */
export interface ExecOptions {
  /** `<scenario>:<machine>`: the machine, as the scenario has it at `at`. */
  readonly machineFrom?: string;
  /** When to run the script (date or date-time, UTC); default: the start of the period. */
  readonly at?: string;
  /** The answer to -Confirm prompts. */
  readonly confirm: boolean;
}

/** A one-machine world for a quick check: an enrolled Datacenter VM on the October 2025 baseline. */
const DEFAULT_SCENARIO = scenarioSchema.parse({
  name: 'exec',
  period: { from: '2025-10', to: '2026-12' },
  fleet: [{ name: 'server', edition: 'datacenter', hotpatch: 'enabled', installed: 'KB5066835' }],
});

function sessionFor(options: ExecOptions): { session: RunSession; machine: string } {
  if (!options.machineFrom) return { session: new RunSession(DEFAULT_SCENARIO), machine: 'server' };
  const split = options.machineFrom.lastIndexOf(':');
  if (split <= 0)
    throw new InputError(`--machine-from: expected <scenario file>:<machine>, got "${options.machineFrom}"`);
  const file = options.machineFrom.slice(0, split);
  const { scenario, catalog, scripts } = loadScenarioInput(file);
  return {
    session: new RunSession(scenario, { catalog, scripts, file }),
    machine: options.machineFrom.slice(split + 1),
  };
}

/**
 * `hotpatch-harness exec <script>`: runs one script on one simulated machine (the scenario's, as it
 * stands at `--at` after everything due by then, or a default one) and prints what the console
 * would show. Returns the script's exit code.
 */
export async function execCommand(
  scriptFile: string,
  options: ExecOptions,
  out: (text: string) => void,
): Promise<number> {
  let source: string;
  try {
    source = readFileSync(scriptFile, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new InputError(
      `${scriptFile}: cannot read the script (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const { session, machine } = sessionFor(options);
  const fm = session.world.fleet.get(machine);
  if (!fm) {
    const names = [...session.world.fleet.keys()].slice(0, 10).join(', ');
    throw new InputError(`--machine-from: no machine named "${machine}" (machines: ${names})`);
  }
  if (options.at !== undefined) {
    let at: number;
    try {
      at = parseUtc(options.at);
    } catch {
      throw new InputError(
        `--at: expected a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM (UTC), got "${options.at}"`,
      );
    }
    if (at < session.now) throw new InputError(`--at: ${options.at} is before the scenario's period`);
    session.advanceTo(at);
  }
  await loadPowerShellGrammar();
  const clock = scriptClock(session.now);
  const result = runScriptOnMachine(fm.machine, source, {
    clock,
    confirm: () => options.confirm,
    file: scriptFile,
    ...(fm.agent ? { agent: fm.agent } : {}),
  });
  const text = transcript(result.streams);
  if (text !== '') out(text.replace(/\n$/, ''));
  if (result.restartRequested)
    out(`[hotpatch-harness] the script asked for a restart at line ${result.restartLine ?? '?'}`);
  return result.exitCode;
}

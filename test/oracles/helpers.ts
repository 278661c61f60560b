import type { RunOptions } from '../../src/engine/build-world.js';
import { type CheckedRun, checkRun } from '../../src/oracles/check-run.js';
import type { MachineFacts, RunFacts } from '../../src/oracles/facts.js';
import type { Oracle, Violation } from '../../src/oracles/oracle.js';
import type { MachineSnapshot } from '../../src/oracles/snapshot.js';
import type { Report } from '../../src/report/types.js';
import { type Scenario, type ScenarioInput, scenarioSchema } from '../../src/scenario/schema.js';

/** A scenario as a test writes it: name and seed may be left out. */
export type Sketch = Omit<ScenarioInput, 'name'> & { name?: string };

/** An enrolled Standard VM on the September 2025 hotpatch: the machine the October issues hit. */
export const enrolled = {
  name: 'web',
  edition: 'standard',
  hotpatch: 'enabled',
  installed: 'KB5065474',
} as const;

/** Parses a sketch through the public schema. */
export const scenario = (sketch: Sketch): Scenario => scenarioSchema.parse({ name: 't', seed: 1, ...sketch });

/** Runs a sketch (or a loaded scenario) with the fact recorder and every oracle. */
export function checked(
  sketch: Sketch | Scenario,
  options: RunOptions = {},
): CheckedRun & { scenario: Scenario } {
  const s = 'expect' in sketch && Array.isArray(sketch.expect) ? (sketch as Scenario) : scenario(sketch);
  return { ...checkRun(s, options), scenario: s };
}

/** One oracle's violations of a checked run, whose report and facts a test may have tampered with. */
export function check(
  oracle: Oracle,
  run: { report?: Report; facts?: RunFacts; scenario: Scenario },
  tamper: { report?: (r: Report) => Report; facts?: (f: RunFacts) => RunFacts } = {},
): Violation[] {
  if (!run.report || !run.facts) throw new Error('the run did not finish');
  const report = tamper.report ? tamper.report(structuredClone(run.report)) : run.report;
  const facts = tamper.facts ? tamper.facts(run.facts) : run.facts;
  return oracle.check(report, run.scenario, facts);
}

/** Facts with one machine's facts replaced. */
export function withMachine(
  facts: RunFacts,
  name: string,
  change: (m: MachineFacts) => MachineFacts,
): RunFacts {
  const machines = new Map(facts.machines);
  const machine = machines.get(name);
  if (!machine) throw new Error(`no machine ${name}`);
  machines.set(name, change(machine));
  return { ...facts, machines };
}

/** A machine's timeline with one snapshot changed (the first that `where` picks). */
export function editSnapshot(
  machine: MachineFacts,
  where: (s: MachineSnapshot, i: number, all: readonly MachineSnapshot[]) => boolean,
  change: Partial<MachineSnapshot>,
): MachineFacts {
  const i = machine.timeline.findIndex(where);
  if (i < 0) throw new Error(`no snapshot of ${machine.name} matches`);
  const timeline = machine.timeline.map((s, j) => (j === i ? { ...s, ...change } : s));
  return { ...machine, timeline };
}

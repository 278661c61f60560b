import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  canRunVbs,
  type Hardware,
  type Machine,
  type MachineSpec,
} from '../../../simulators/machine/index.js';
import { dword, sz } from '../../../simulators/registry/index.js';
import { HW } from '../fixtures.js';
import { run, testMachine, useGrammar } from './helpers.js';
import { machineState, SCRIPTS, type ScriptName, script } from './scripts.js';

useGrammar();

const OVERRIDES =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft\\FeatureManagement\\Overrides';
const SUBSCRIPTIONS = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions';

/** A machine the scripts may meet: any edition, installation and hardware, VBS in any state it can be in. */
const specArb: fc.Arbitrary<Partial<MachineSpec>> = fc
  .record({
    edition: fc.constantFrom('standard', 'datacenter', 'datacenter-azure-edition' as const),
    installation: fc.constantFrom('core', 'desktop' as const),
    hardware: fc.constantFrom<Hardware>(...Object.values(HW)),
    vbs: fc.constantFrom('disabled', 'configured', 'running' as const),
    arcAgent: fc.boolean(),
  })
  .filter((s) => s.vbs !== 'running' || canRunVbs(s.hardware));

/** What was on the machine before the first run. */
const worldArb = fc.record({
  spec: specArb,
  mutex: fc.boolean(),
  otherOverride: fc.boolean(),
  confirm: fc.boolean(),
  script: fc.constantFrom<ScriptName>(...SCRIPTS),
});

type World = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;

function prepare(world: World) {
  const { machine, clock } = testMachine(world.spec);
  if (world.mutex) machine.registry.setValue(SUBSCRIPTIONS, 'DeviceLicensingServiceCommandMutex', sz('1'));
  if (world.otherOverride) {
    machine.registry.createKey(OVERRIDES);
    machine.registry.setValue(OVERRIDES, '1853569164', dword(2));
  }
  return { machine, clock };
}

/** One run of the script; a restart it asks for is performed before anything else happens. */
function runOnce(world: World, machine: Machine, clock: ReturnType<typeof testMachine>['clock']): void {
  const result = run(script(world.script), { machine, clock, confirm: world.confirm });
  if (result.restartRequested) machine.restart('requested');
}

describe('the shipped scripts', () => {
  test.prop([worldArb], { numRuns: 60 })(
    'running one twice leaves the machine as running it once (registry and services)',
    (world) => {
      const { machine, clock } = prepare(world);
      runOnce(world, machine, clock);
      const once = machineState(machine);
      runOnce(world, machine, clock);
      expect(machineState(machine)).toEqual(once);
    },
  );

  test.prop(
    [worldArb.filter((w) => w.script === 'workaround-option-2' || w.script === 'workaround-option-1-policy')],
    {
      numRuns: 40,
    },
  )(
    'but option 2 is not idempotent for other overrides written between two runs: New-Item -Force wipes them',
    (world) => {
      const { machine, clock } = prepare(world);
      runOnce(world, machine, clock);
      machine.registry.createKey(OVERRIDES);
      machine.registry.setValue(OVERRIDES, '9999', dword(1));
      runOnce(world, machine, clock);
      const kept = machine.registry.getValue(OVERRIDES, '9999') !== undefined;
      // Option 1's policy script only sets its value; option 2 recreates the key empty.
      expect(kept).toBe(world.script === 'workaround-option-1-policy');
    },
  );
});

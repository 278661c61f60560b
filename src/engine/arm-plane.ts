import { ArmPlane } from '../../simulators/arc/arm/index.js';
import type { HotpatchLicense } from '../../simulators/arc/index.js';
import type { ManualClock } from '../../simulators/shared/clock.js';
import type { Scenario } from '../scenario/schema.js';
import { fleetMachineSource } from './arc-machine-source.js';
import type { FleetMachine } from './fleet-machine.js';
import type { World } from './world.js';

/**
 * The scenario's emulated Azure Resource Manager (its `azure` block: subscription, resource group,
 * location), over the fleet. Machines enrolled at the start (`hotpatch: enabled`) have an Enabled
 * license profile dated from then; Azure Edition has hotpatch without Arc (DOC) and gets none.
 * Each fleet machine is linked to the plane, which holds its license profile from now on.
 */
export function buildArmPlane(
  scenario: Pick<Scenario, 'azure'>,
  fleet: ReadonlyMap<string, FleetMachine>,
  clock: ManualClock,
  licensing: Pick<World, 'catalog' | 'rules'>,
): ArmPlane {
  const profiles: Record<string, HotpatchLicense> = {};
  for (const fm of fleet.values()) {
    if (fm.arcAgent && fm.enrolledAtStart && !fm.azureEdition) {
      const since = fm.startedAt;
      profiles[fm.name] = { status: 'Enabled', enrollmentDate: since, billingStartDate: since };
    }
  }
  const plane = new ArmPlane({
    clock,
    source: fleetMachineSource(fleet, clock, licensing),
    subscriptionId: scenario.azure.subscription,
    resourceGroup: scenario.azure.resourceGroup,
    location: scenario.azure.location,
    profiles,
  });
  for (const fm of fleet.values()) fm.linkPlane(plane);
  return plane;
}

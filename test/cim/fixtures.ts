import { type CimInstance, CimRepository, type CimValue, cimProperty } from '../../simulators/cim/index.js';
import { cimHostFor } from '../../simulators/machine/cim-host.js';
import type { MachineSpec } from '../../simulators/machine/index.js';
import { machineAt, START } from '../machine/fixtures.js';

/** A machine, its clock and its CIM repository (an Arc-connected Datacenter on Gen 2 with VBS running). */
export function cimAt(overrides: Partial<MachineSpec> = {}, start: string = START) {
  const { clock, machine } = machineAt(overrides, start);
  return { clock, machine, cim: new CimRepository(cimHostFor(machine, clock)) };
}

/** One property's value; fails the test when the instance lacks it. */
export function propertyValue(instance: CimInstance | undefined, name: string): CimValue {
  if (!instance) throw new Error(`no instance to read ${name} from`);
  const property = cimProperty(instance, name);
  if (!property) throw new Error(`${instance.className} has no property ${name}`);
  return property.value;
}

/** Each instance's value of one property. */
export const column = (instances: readonly CimInstance[], name: string): CimValue[] =>
  instances.map((i) => propertyValue(i, name));

/** The seed document's check: `Get-CimInstance -Namespace 'root/Microsoft/Windows/DeviceGuard' -ClassName 'win32_deviceGuard'`. */
export function vbsStatus(cim: CimRepository): CimValue {
  const [instance, ...more] = cim.getInstances('root/Microsoft/Windows/DeviceGuard', 'win32_deviceGuard');
  if (more.length > 0) throw new Error('Win32_DeviceGuard has one instance');
  return propertyValue(instance, 'VirtualizationBasedSecurityStatus');
}

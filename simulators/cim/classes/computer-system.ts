import type { CimHost } from '../host.js';
import { CIMV2 } from '../namespace.js';
import { defineClass, prop } from './define.js';
import { managedElement } from './managed-element.js';

/**
 * Win32_ComputerSystem: the commonly used properties (DOC names and types), in WMI's order:
 * CIM_ManagedSystemElement, CIM_System, then the class's own. Machines are workgroup
 * standalone servers (ASSUME: domain membership is not modelled).
 */
export const WIN32_COMPUTER_SYSTEM = defineClass<CimHost>('Win32_ComputerSystem', CIMV2, (host) => [host], [
  ...managedElement<CimHost>({
    caption: (h) => h.computerName(),
    description: () => 'AT/AT COMPATIBLE', // what every x64 PC reports (3P)
    name: (h) => h.computerName(),
    status: () => 'OK',
  }),
  prop('CreationClassName', 'String', () => 'Win32_ComputerSystem'),
  prop('Domain', 'String', () => 'WORKGROUP'),
  prop('DomainRole', 'UInt16', () => 2), // 2 = Standalone Server (DOC)
  prop('HypervisorPresent', 'Boolean', (h) => h.computerSystem().hypervisorPresent),
  prop('Manufacturer', 'String', (h) => h.computerSystem().manufacturer),
  prop('Model', 'String', (h) => h.computerSystem().model),
  prop('NumberOfLogicalProcessors', 'UInt32', (h) => h.computerSystem().logicalProcessors),
  prop('NumberOfProcessors', 'UInt32', () => 1), // one socket (ASSUME)
  prop('PartOfDomain', 'Boolean', () => false),
  prop('SystemType', 'String', () => 'x64-based PC'),
  prop('TotalPhysicalMemory', 'UInt64', (h) => h.computerSystem().totalPhysicalMemory),
  prop('Workgroup', 'String', () => 'WORKGROUP'),
]);

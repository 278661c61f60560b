import type { CimHost, HostService } from '../host.js';
import { CIMV2 } from '../namespace.js';
import { defineClass, prop } from './define.js';
import { managedElement } from './managed-element.js';

interface Row {
  readonly host: CimHost;
  readonly service: HostService;
}

const running = (r: Row) => r.service.state === 'Running';

/**
 * Win32_Service: the commonly used properties (DOC names, types and value sets), in WMI's order:
 * CIM_ManagedSystemElement, CIM_Service, Win32_BaseService, then the class's own.
 */
export const WIN32_SERVICE = defineClass<Row>(
  'Win32_Service',
  CIMV2,
  (host) => host.services().map((service) => ({ host, service })),
  [
    ...managedElement<Row>({
      caption: (r) => r.service.displayName, // Caption repeats DisplayName (3P)
      description: () => null, // the emulator keeps no service descriptions (ASSUME)
      name: (r) => r.service.name,
      status: () => 'OK',
    }),
    prop('CreationClassName', 'String', () => 'Win32_Service'),
    prop('Started', 'Boolean', running),
    prop('StartMode', 'String', (r) => r.service.startMode),
    prop('StartName', 'String', (r) => r.service.account),
    prop('SystemCreationClassName', 'String', () => 'Win32_ComputerSystem'),
    prop('SystemName', 'String', (r) => r.host.computerName()),
    prop('AcceptPause', 'Boolean', () => false),
    prop('AcceptStop', 'Boolean', running), // a running service accepts stop (INFER)
    prop('DesktopInteract', 'Boolean', () => false),
    prop('DisplayName', 'String', (r) => r.service.displayName),
    prop('ErrorControl', 'String', () => 'Normal'), // ErrorControl 1 as installed (DOC value name)
    prop('ExitCode', 'UInt32', () => 0), // clean exits only (ASSUME)
    prop('PathName', 'String', (r) => r.service.pathName),
    prop('ServiceSpecificExitCode', 'UInt32', () => 0),
    prop('ServiceType', 'String', () => 'Own Process'), // Type 0x10 as installed (DOC value name)
    prop('State', 'String', (r) => r.service.state),
    prop('TagId', 'UInt32', () => 0),
    prop('CheckPoint', 'UInt32', () => 0),
    prop('DelayedAutoStart', 'Boolean', () => false),
    prop('ProcessId', 'UInt32', (r) => r.service.processId),
    prop('WaitHint', 'UInt32', () => 0),
  ],
);

import type { CimHost } from '../host.js';
import { CIMV2 } from '../namespace.js';
import { defineClass, prop } from './define.js';
import { managedElement } from './managed-element.js';

/**
 * Win32_OperatingSystem: the commonly used properties with Learn's names and types (DOC),
 * in WMI's order: CIM_ManagedSystemElement, CIM_OperatingSystem, then the class's own.
 */
export const WIN32_OPERATING_SYSTEM = defineClass<CimHost>('Win32_OperatingSystem', CIMV2, (host) => [host], [
  ...managedElement<CimHost>({
    caption: (h) => h.os().caption,
    description: () => '', // the computer's description; none set (ASSUME)
    installDate: (h) => h.os().installDate,
    // Caption|Windows folder|partition device (DOC format; partition ASSUME, see the adapter).
    name: (h) => `${h.os().caption}|C:\\Windows|\\Device\\Harddisk0\\Partition${h.os().partition}`,
    status: () => 'OK',
  }),
  prop('CreationClassName', 'String', () => 'Win32_OperatingSystem'),
  prop('CSCreationClassName', 'String', () => 'Win32_ComputerSystem'),
  prop('CSName', 'String', (h) => h.computerName()),
  prop('CurrentTimeZone', 'SInt16', () => 0), // minutes from UTC; machines keep UTC (ASSUME)
  prop('LastBootUpTime', 'DateTime', (h) => h.os().lastBootUpTime),
  prop('LocalDateTime', 'DateTime', (h) => h.os().localDateTime),
  prop('OSType', 'UInt16', () => 18), // 18 = WINNT (DOC)
  prop('TotalVisibleMemorySize', 'UInt64', (h) => Math.floor(h.computerSystem().totalPhysicalMemory / 1024)),
  prop('Version', 'String', (h) => h.os().version),
  prop('BuildNumber', 'String', (h) => h.os().buildNumber),
  prop('BuildType', 'String', () => 'Multiprocessor Free'),
  prop('CSDVersion', 'String', () => null), // no service packs since Windows 7 (DOC)
  prop('Manufacturer', 'String', () => 'Microsoft Corporation'),
  prop('OperatingSystemSKU', 'UInt32', (h) => h.os().sku),
  prop('OSArchitecture', 'String', () => '64-bit'),
  prop('OSLanguage', 'UInt32', () => 1033), // en-US (ASSUME)
  prop('ProductType', 'UInt32', () => 3), // 3 = Server (DOC)
  prop('SystemDirectory', 'String', () => 'C:\\Windows\\system32'),
  prop('SystemDrive', 'String', () => 'C:'),
  prop('WindowsDirectory', 'String', () => 'C:\\Windows'),
]);

import type { CimInstance } from '../../../cim/index.js';
import { PSObject, type PSValue } from '../../../powershell/index.js';
import type { DisplayHintLike } from '../objects/display.js';
import { cimValue } from './cim-value.js';
import { instanceKeys } from './class-keys.js';

/** DOC (5.1 format data for ManagementObject#root\cimv2\Win32_Service): a list of six properties. */
const VIEWS: Readonly<Record<string, DisplayHintLike>> = {
  win32_service: {
    view: 'list',
    properties: ['ExitCode', 'Name', 'ProcessId', 'StartMode', 'State', 'Status'],
  },
};

/**
 * A System.Management.ManagementObject as Get-WmiObject returns it: the WMI system properties
 * __GENUS, __CLASS, __PROPERTY_COUNT, __SERVER and __NAMESPACE (the others, such as __PATH, are not
 * emulated), the class's properties with datetimes as DMTF text, then PSComputerName. Its string
 * form is its WMI path, `\\SERVER\root\cimv2:Class.Key="value"` (DOC: ManagementObject.ToString).
 * `adjust` lets type data change properties (Get-HotFix's InstalledOn) and the view.
 */
export function wmiObject(
  instance: CimInstance,
  server: string,
  adjust: { entries?: (entries: [string, PSValue][]) => [string, PSValue][]; display?: DisplayHintLike } = {},
): PSObject {
  const entries: [string, PSValue][] = [
    ['__GENUS', 2],
    ['__CLASS', instance.className],
    ['__PROPERTY_COUNT', instance.properties.length],
    ['__SERVER', server],
    ['__NAMESPACE', instance.namespace.replace(/\//g, '\\')],
    ...instance.properties.map((p): [string, PSValue] => [p.name, cimValue(p, 'Dmtf')]),
    ['PSComputerName', server],
  ];
  const display = adjust.display ?? VIEWS[instance.className.toLowerCase()];
  const keys = instanceKeys(instance).map(([name, value]) => `${name}="${value}"`);
  const namespace = instance.namespace.replace(/\//g, '\\');
  const path = `\\\\${server}\\${namespace}:${instance.className}${keys.length ? `.${keys.join(',')}` : '=@'}`;
  return new PSObject(
    ['System.Management.ManagementObject', 'System.Management.ManagementBaseObject', 'System.Object'],
    adjust.entries ? adjust.entries(entries) : entries,
    { ...(display ? { display } : {}), text: () => path },
  );
}

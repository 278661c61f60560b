import type { CimInstance } from '../../../cim/index.js';
import { PSObject, type PSValue } from '../../../powershell/index.js';
import type { DisplayHintLike } from '../objects/display.js';
import { cimValue } from './cim-value.js';
import { instanceKeys } from './class-keys.js';

/** Default views 5.1 has for CimInstance classes (DOC: the CIM format.ps1xml files); others list every property. */
const VIEWS: Readonly<Record<string, DisplayHintLike>> = {
  win32_service: {
    view: 'table',
    properties: ['ProcessId', 'Name', 'StartMode', 'State', 'Status', 'ExitCode'],
  },
};

/**
 * A Microsoft.Management.Infrastructure.CimInstance as Get-CimInstance returns it: the class's
 * properties in order, then PSComputerName (empty for the local machine), CimClass and
 * CimSystemProperties (CimInstanceProperties is not emulated). Its string form is
 * `Class (Key = "value")` (INFER from 5.1 output).
 */
export function cimInstanceObject(instance: CimInstance): PSObject {
  const entries: [string, PSValue][] = instance.properties.map((p) => [p.name, cimValue(p, 'DateTime')]);
  const cimClass = new PSObject(
    ['Microsoft.Management.Infrastructure.CimClass', 'System.Object'],
    [['CimClassName', instance.className]],
    { text: () => `${instance.namespace}:${instance.className}` },
  );
  const system = PSObject.custom([
    ['Namespace', instance.namespace],
    ['ServerName', null],
    ['ClassName', instance.className],
    ['Path', null],
  ]);
  const keys = instanceKeys(instance).map(([name, value]) => `${name} = "${value}"`);
  const view = VIEWS[instance.className.toLowerCase()];
  return new PSObject(
    ['Microsoft.Management.Infrastructure.CimInstance', 'System.Object'],
    [...entries, ['PSComputerName', null], ['CimClass', cimClass], ['CimSystemProperties', system]],
    {
      ...(view ? { display: view } : {}),
      text: () => (keys.length ? `${instance.className} (${keys.join(', ')})` : instance.className),
    },
  );
}

import { PSObject } from '../../../powershell/index.js';
import type { ServiceInfo } from '../../services.js';

/**
 * A System.ServiceProcess.ServiceController as Get-Service returns it, in 5.1's `Format-List *`
 * order (3P), without the handle and site members. Dependencies are not modelled: the dependency
 * lists are empty (ASSUME). Status and StartType are the enums' names. The console shows the
 * table of Status, Name, DisplayName (DOC: 5.1's default view; its fixed widths are not emulated).
 */
export function serviceObject(info: ServiceInfo): PSObject {
  return new PSObject(
    ['System.ServiceProcess.ServiceController', 'System.ComponentModel.Component', 'System.Object'],
    [
      ['Name', info.name],
      ['RequiredServices', []],
      ['CanPauseAndContinue', false],
      ['CanShutdown', false],
      ['CanStop', info.status === 'Running'],
      ['DisplayName', info.displayName],
      ['DependentServices', []],
      ['MachineName', '.'],
      ['ServiceName', info.name],
      ['ServicesDependedOn', []],
      ['ServiceType', 'Win32OwnProcess'],
      ['StartType', info.startType],
      ['Status', info.status],
    ],
    // DOC: Component.ToString() is the type name when the component has no site.
    {
      display: { view: 'table', properties: ['Status', 'Name', 'DisplayName'] },
      text: () => 'System.ServiceProcess.ServiceController',
    },
  );
}

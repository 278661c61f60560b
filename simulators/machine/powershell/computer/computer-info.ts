import { type CimInstance, cimProperty } from '../../../cim/index.js';
import { PSObject, type PSValue } from '../../../powershell/index.js';
import { CURRENT_VERSION_KEY } from '../../os-version.js';
import { psDateTime } from '../objects/date-time.js';
import type { MachineShell } from '../shell.js';

/** DOC (PowerShell's ComputerInfo enums): DeviceGuardSmartStatus and its companions, by value. */
const SMART_STATUS = ['Off', 'Configured', 'Running'];
const HARDWARE_SECURE: Readonly<Record<number, string>> = {
  1: 'BaseVirtualizationSupport',
  2: 'SecureBoot',
  3: 'DMAProtection',
  4: 'SecureMemoryOverwrite',
};
const SOFTWARE_SECURE: Readonly<Record<number, string>> = {
  1: 'CredentialGuard',
  2: 'HypervisorEnforcedCodeIntegrity',
};
const CI_STATUS = ['Off', 'AuditMode', 'EnforcementMode'];
/** DOC (ComputerInfo's OSType enum): Win32_OperatingSystem.OSType 18. */
const OS_TYPE: Readonly<Record<number, string>> = { 18: 'WINNT' };

/**
 * What Get-ComputerInfo reports, as ordered name/value pairs in the ComputerInfo class's order
 * (DOC: PowerShell's GetComputerInfoCommand and ComputerInfo): a subset, the Windows* values from
 * the CurrentVersion key, some Cs* and Os* values from CIM, HyperVisorPresent and every DeviceGuard*
 * value. Enums are their names. As the cmdlet does (DOC: WmiDeviceGuard.AsOutputType), codes an
 * enum lacks are dropped (Win32_DeviceGuard's 5..8 properties, services 3 and 4), and while VBS is
 * Off the DeviceGuard lists are null. Device Guard is taken as licensed on every edition (ASSUME).
 */
export function computerInfo(shell: MachineShell): [string, PSValue][] {
  const registry = shell.machine.registry;
  const reg = (name: string): PSValue => {
    const value = registry.getValue(CURRENT_VERSION_KEY, name);
    if (!value) return null;
    return value.type === 'REG_SZ' || value.type === 'REG_EXPAND_SZ'
      ? value.data
      : value.type === 'REG_DWORD'
        ? value.data
        : null;
  };
  const installDate = reg('InstallDate');
  const first = (className: string, namespace?: string) =>
    shell.cim.getInstances(namespace, className)[0] as CimInstance;
  const os = first('Win32_OperatingSystem');
  const cs = first('Win32_ComputerSystem');
  const guard = first('Win32_DeviceGuard', 'root/Microsoft/Windows/DeviceGuard');
  const v = (instance: CimInstance, name: string) => cimProperty(instance, name)?.value ?? null;
  const date = (instance: CimInstance, name: string) => {
    const ms = v(instance, name);
    return typeof ms === 'number' ? psDateTime(ms) : null;
  };
  const codes = (name: string) => (v(guard, name) as readonly number[] | null) ?? [];
  const status = SMART_STATUS[Number(v(guard, 'VirtualizationBasedSecurityStatus'))] ?? 'Off';
  const names = (table: Readonly<Record<number, string>>, name: string): PSValue =>
    status === 'Off' ? null : codes(name).flatMap((code) => (table[code] ? [table[code]] : []));
  const hotFixes = shell.cim.getInstances(undefined, 'Win32_QuickFixEngineering').map(hotFix);
  return [
    ['WindowsBuildLabEx', reg('BuildLabEx')],
    ['WindowsCurrentVersion', reg('CurrentVersion')],
    ['WindowsEditionId', reg('EditionID')],
    ['WindowsInstallationType', reg('InstallationType')],
    [
      'WindowsInstallDateFromRegistry',
      typeof installDate === 'number' ? psDateTime(installDate * 1000) : null,
    ],
    ['WindowsProductId', reg('ProductId')],
    ['WindowsProductName', reg('ProductName')],
    ['WindowsRegisteredOrganization', reg('RegisteredOrganization')],
    ['WindowsRegisteredOwner', reg('RegisteredOwner')],
    ['WindowsSystemRoot', reg('SystemRoot')],
    ['WindowsVersion', reg('ReleaseId')],
    ['CsDomain', v(cs, 'Domain') as PSValue],
    ['CsHypervisorPresent', v(cs, 'HypervisorPresent') as PSValue],
    ['CsManufacturer', v(cs, 'Manufacturer') as PSValue],
    ['CsModel', v(cs, 'Model') as PSValue],
    ['CsName', v(cs, 'Name') as PSValue],
    ['CsNumberOfLogicalProcessors', v(cs, 'NumberOfLogicalProcessors') as PSValue],
    ['CsNumberOfProcessors', v(cs, 'NumberOfProcessors') as PSValue],
    ['CsTotalPhysicalMemory', v(cs, 'TotalPhysicalMemory') as PSValue],
    ['CsWorkgroup', v(cs, 'Workgroup') as PSValue],
    ['OsName', v(os, 'Caption') as PSValue],
    ['OsType', OS_TYPE[Number(v(os, 'OSType'))] ?? null],
    ['OsVersion', v(os, 'Version') as PSValue],
    ['OsBuildNumber', v(os, 'BuildNumber') as PSValue],
    ['OsHotFixes', hotFixes],
    ['OsSystemDirectory', v(os, 'SystemDirectory') as PSValue],
    ['OsSystemDrive', v(os, 'SystemDrive') as PSValue],
    ['OsWindowsDirectory', v(os, 'WindowsDirectory') as PSValue],
    ['OsLocalDateTime', date(os, 'LocalDateTime')],
    ['OsLastBootUpTime', date(os, 'LastBootUpTime')],
    ['OsInstallDate', date(os, 'InstallDate')],
    ['OsManufacturer', v(os, 'Manufacturer') as PSValue],
    ['OsArchitecture', v(os, 'OSArchitecture') as PSValue],
    ['HyperVisorPresent', v(cs, 'HypervisorPresent') as PSValue],
    ['DeviceGuardSmartStatus', status],
    ['DeviceGuardRequiredSecurityProperties', names(HARDWARE_SECURE, 'RequiredSecurityProperties')],
    ['DeviceGuardAvailableSecurityProperties', names(HARDWARE_SECURE, 'AvailableSecurityProperties')],
    ['DeviceGuardSecurityServicesConfigured', names(SOFTWARE_SECURE, 'SecurityServicesConfigured')],
    ['DeviceGuardSecurityServicesRunning', names(SOFTWARE_SECURE, 'SecurityServicesRunning')],
    [
      'DeviceGuardCodeIntegrityPolicyEnforcementStatus',
      CI_STATUS[Number(v(guard, 'CodeIntegrityPolicyEnforcementStatus'))] ?? null,
    ],
    [
      'DeviceGuardUserModeCodeIntegrityPolicyEnforcementStatus',
      CI_STATUS[Number(v(guard, 'UsermodeCodeIntegrityPolicyEnforcementStatus'))] ?? null,
    ],
  ];
}

/** A Microsoft.PowerShell.Commands.HotFix of OsHotFixes: the update's id, description, day and comments. */
function hotFix(instance: CimInstance): PSObject {
  const text = (name: string) => String(cimProperty(instance, name)?.value ?? '');
  const [month, day, year] = text('InstalledOn').split('/').map(Number);
  return new PSObject(
    ['Microsoft.PowerShell.Commands.HotFix', 'System.Object'],
    [
      ['HotFixID', text('HotFixID')],
      ['Description', text('Description')],
      ['InstalledOn', psDateTime(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1))],
      ['FixComments', text('FixComments')],
    ],
    { text: () => text('HotFixID') },
  );
}

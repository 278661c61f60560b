import type { Registry } from '../registry/index.js';
import { installService, type ServiceDefinition } from './services.js';

/** The Connected Machine agent's data folder and the folders under it (DOC, agent overview). */
export const ARC_AGENT_DATA = 'C:\\ProgramData\\AzureConnectedMachineAgent';
export const ARC_AGENT_FOLDERS = [
  `${ARC_AGENT_DATA}\\Log`,
  `${ARC_AGENT_DATA}\\Tokens`,
  `${ARC_AGENT_DATA}\\Config`,
  'C:\\Program Files\\AzureConnectedMachineAgent',
];

const AGENT_BIN = 'C:\\Program Files\\AzureConnectedMachineAgent';

/**
 * The agent's Windows services (DOC: names, display names, accounts, arcproxy disabled unless the Arc
 * gateway is used). ImagePath values other than himds's are INFER.
 */
export const ARC_AGENT_SERVICES: readonly ServiceDefinition[] = [
  {
    name: 'himds',
    displayName: 'Azure Hybrid Instance Metadata Service',
    startType: 'Automatic',
    account: 'NT SERVICE\\himds',
    imagePath: `"${AGENT_BIN}\\himds.exe"`,
  },
  {
    name: 'GCArcService',
    displayName: 'Guest Configuration Arc Service',
    startType: 'Automatic',
    account: 'LocalSystem',
    imagePath: `"${AGENT_BIN}\\GCArcService2\\GC\\gc_arc_service.exe"`,
  },
  {
    name: 'ExtensionService',
    displayName: 'Guest Configuration Extension Service',
    startType: 'Automatic',
    account: 'LocalSystem',
    imagePath: `"${AGENT_BIN}\\ExtensionService2\\GC\\gc_extension_service.exe"`,
  },
  {
    name: 'arcproxy',
    displayName: 'Azure Arc Proxy',
    startType: 'Disabled',
    account: 'LocalSystem',
    imagePath: `"${AGENT_BIN}\\arcproxy.exe"`,
  },
];

/** Services of Windows itself that the harness's scripts touch. */
export const WINDOWS_SERVICES: readonly ServiceDefinition[] = [
  {
    name: 'wuauserv',
    displayName: 'Windows Update',
    startType: 'Manual',
    account: 'LocalSystem',
    imagePath: '%systemroot%\\system32\\svchost.exe -k netsvcs -p',
  },
];

/** Installs the agent's services (its files live on the disk, which is laid out separately). */
export function installArcAgentServices(registry: Registry): void {
  for (const service of ARC_AGENT_SERVICES) installService(registry, service);
}

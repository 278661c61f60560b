import type { CommandDefinition } from '../../powershell/index.js';
import type { Machine } from '../machine.js';
import { getCimInstance } from './cim/get-cim-instance.js';
import { getHotFix } from './cim/get-hotfix.js';
import { getWmiObject } from './cim/get-wmi-object.js';
import { getComputerInfo } from './computer/get-computer-info.js';
import { restartComputer } from './computer/restart-computer.js';
import { getContent } from './content/get-content.js';
import { writeContent } from './content/write-content.js';
import { getChildItem } from './items/get-child-item.js';
import { getItem } from './items/get-item.js';
import { newItem } from './items/new-item.js';
import { removeItem } from './items/remove-item.js';
import { testPath } from './items/test-path.js';
import { azcmagentExe } from './native/azcmagent.js';
import { regExe } from './native/reg-exe.js';
import { getItemProperty } from './registry/get-item-property.js';
import { getItemPropertyValue } from './registry/get-item-property-value.js';
import { newItemProperty } from './registry/new-item-property.js';
import { removeItemProperty } from './registry/remove-item-property.js';
import { setItemProperty } from './registry/set-item-property.js';
import { controlService } from './services/control-service.js';
import { getService } from './services/get-service.js';
import { setService } from './services/set-service.js';
import { type MachineCommandOptions, machineShell } from './shell.js';
import { invokeRestMethod } from './web/invoke-rest-method.js';
import { invokeWebRequest } from './web/invoke-web-request.js';

/**
 * The commands a script can run on one machine, for the script host's command table: the
 * registry, disk, service, CIM and computer cmdlets, reg.exe, the web cmdlets (which reach only the
 * machine's own HIMDS), and azcmagent where the agent is installed. Every command reads and changes the machine as it is when it runs.
 */
export function machineCommands(machine: Machine, options: MachineCommandOptions): CommandDefinition[] {
  const shell = machineShell(machine, options);
  const commands = [
    getItem(shell),
    newItem(shell),
    removeItem(shell),
    testPath(shell),
    getChildItem(shell),
    getItemProperty(shell),
    getItemPropertyValue(shell),
    setItemProperty(shell),
    newItemProperty(shell),
    removeItemProperty(shell),
    getContent(shell),
    writeContent(shell, 'Set'),
    writeContent(shell, 'Add'),
    getService(shell),
    controlService(shell, 'Start'),
    controlService(shell, 'Stop'),
    controlService(shell, 'Restart'),
    setService(shell),
    getCimInstance(shell),
    getWmiObject(shell),
    getHotFix(shell),
    getComputerInfo(shell),
    restartComputer(shell),
    regExe(shell),
    invokeRestMethod(shell),
    invokeWebRequest(shell),
  ];
  if (options.agent?.isInstalled) commands.push(azcmagentExe(options.agent));
  return commands;
}

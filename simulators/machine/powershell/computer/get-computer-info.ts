import { type CommandDefinition, PSObject, type PSValue } from '../../../powershell/index.js';
import { textList } from '../objects/ps-text.js';
import { hasWildcard, wildcardMatcher } from '../paths/wildcard.js';
import type { MachineShell } from '../shell.js';
import { computerInfo } from './computer-info.js';

/**
 * Get-ComputerInfo (alias gin; DOC: Get-ComputerInfo, 5.1, and its source): a
 * Microsoft.PowerShell.Commands.ComputerInfo of the properties computerInfo gives, shown as a list.
 * -Property (position 0, wildcards) writes a PSCustomObject of the named properties in the order
 * asked; names that match nothing are ignored, and if none matches the object is empty (DOC).
 * Note: the real property is DeviceGuardSmartStatus (Off, Configured, Running); there is no
 * DeviceGuardVirtualizationBasedSecurityStatus.
 */
export function getComputerInfo(shell: MachineShell): CommandDefinition {
  return {
    name: 'Get-ComputerInfo',
    aliases: ['gin'],
    commandClass: 'Microsoft.PowerShell.Commands.GetComputerInfoCommand',
    parameters: [
      {
        name: 'Property',
        type: 'string[]',
        position: 0,
        valueFromPipeline: true,
        valueFromPipelineByPropertyName: true,
      },
    ],
    create: () => ({
      process(ctx) {
        const info = computerInfo(shell);
        const asked = textList(ctx.params.Property);
        if (asked.length === 0 || asked.includes('*')) {
          ctx.writeOutput(
            new PSObject(['Microsoft.PowerShell.Commands.ComputerInfo', 'System.Object'], info, {
              display: { view: 'list', properties: info.map(([n]) => n) },
            }),
          );
          return;
        }
        const picked: [string, PSValue][] = [];
        for (const name of asked) {
          const match = hasWildcard(name)
            ? wildcardMatcher(name)
            : (n: string) => n.toLowerCase() === name.toLowerCase();
          for (const entry of info)
            if (match(entry[0]) && !picked.some(([n]) => n === entry[0])) picked.push(entry);
        }
        ctx.writeOutput(PSObject.custom(picked));
      },
    }),
  };
}

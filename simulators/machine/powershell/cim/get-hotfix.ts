import { type CimInstance, cimProperty } from '../../../cim/index.js';
import type { CommandDefinition, CommandErrorLike, PSObject, PSValue } from '../../../powershell/index.js';
import { refuseParameters } from '../kit/refuse.js';
import { psDateTime } from '../objects/date-time.js';
import { textList } from '../objects/ps-text.js';
import { hasWildcard, wildcardMatcher } from '../paths/wildcard.js';
import { refuseRemote } from '../services/find-services.js';
import type { MachineShell } from '../shell.js';
import { wmiObject } from './wmi-object.js';

/** 3P (real 5.1 output): no update matched; the target is empty, `(:)`. */
const noEntries = (computer: string): CommandErrorLike => ({
  message: `Cannot find the requested hotfix on the '${computer}' computer. Verify the input and run the command again.`,
  exceptionType: 'System.ArgumentException',
  errorId: 'GetHotFixNoEntriesFound',
  category: 'ObjectNotFound',
});

/**
 * Get-HotFix (DOC: Get-HotFix, 5.1): the Win32_QuickFixEngineering instances, all of them, or by
 * -Id (position 0, alias HFID) or -Description (wildcards). Shown as 5.1's table Source,
 * Description, HotFixID, InstalledBy, InstalledOn (DOC: its format view; Source, the view's label
 * for the computer, is a property here); InstalledOn is a DateTime (DOC: the type data's script
 * property). Nothing found for plain values is GetHotFixNoEntriesFound (3P).
 */
export function getHotFix(shell: MachineShell): CommandDefinition {
  return {
    name: 'Get-HotFix',
    commandClass: 'Microsoft.PowerShell.Commands.GetHotFixCommand',
    defaultParameterSet: 'Default',
    parameters: [
      {
        name: 'ComputerName',
        type: 'string[]',
        aliases: ['CN', '__Server', 'IPAddress'],
        valueFromPipelineByPropertyName: true,
      },
      { name: 'Credential', type: 'object' },
    ],
    parameterSets: [
      { name: 'Default', parameters: [{ name: 'Id', type: 'string[]', position: 0, aliases: ['HFID'] }] },
      { name: 'Description', parameters: [{ name: 'Description', type: 'string[]' }] },
    ],
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Get-HotFix', ['Credential']);
        refuseRemote(ctx, shell, 'Get-HotFix');
        const ids = textList(ctx.params.Id);
        const descriptions = textList(ctx.params.Description);
        const fixes = shell.cim.getInstances(undefined, 'Win32_QuickFixEngineering');
        const wanted = fixes.filter((fix) => {
          if (ids.length) return ids.some((id) => id.toLowerCase() === text(fix, 'HotFixID').toLowerCase());
          if (descriptions.length)
            return descriptions.some((d) => wildcardMatcher(d)(text(fix, 'Description')));
          return true;
        });
        const asked = ids.length > 0 || descriptions.length > 0;
        if (asked && wanted.length === 0 && !descriptions.some(hasWildcard))
          return ctx.writeError(noEntries('localhost'));
        const server = shell.machine.name.toUpperCase();
        for (const fix of wanted) ctx.writeOutput(hotFixObject(fix, server));
      },
    }),
  };
}

const text = (instance: CimInstance, name: string) => String(cimProperty(instance, name)?.value ?? '');

function hotFixObject(instance: CimInstance, server: string): PSObject {
  const [month, day, year] = text(instance, 'InstalledOn').split('/').map(Number);
  const installedOn = psDateTime(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return wmiObject(instance, server, {
    entries: (entries) => [
      ...entries.map(([name, value]): [string, PSValue] => [
        name,
        name === 'InstalledOn' ? installedOn : value,
      ]),
      ['Source', server],
    ],
    display: {
      view: 'table',
      properties: ['Source', 'Description', 'HotFixID', 'InstalledBy', 'InstalledOn'],
    },
  });
}

import type { CommandDefinition } from '../../../powershell/index.js';
import { RegistryError } from '../../../registry/index.js';
import { expandPath } from '../kit/expand-path.js';
import { FILTER_PARAMETERS, pathParameterSets } from '../kit/path-parameters.js';
import { refuseParameters } from '../kit/refuse.js';
import { psText, textList } from '../objects/ps-text.js';
import { type ItemPath, resolveItemPath } from '../paths/item-path.js';
import type { MachineShell } from '../shell.js';

const PATH_TYPE = {
  enum: 'Microsoft.PowerShell.Commands.TestPathType',
  values: ['Any', 'Container', 'Leaf'],
};

/**
 * Test-Path (DOC: Test-Path, 5.1): True or False per path, never an error for a path or drive that
 * does not exist. -PathType Container is a registry key or a folder, Leaf a file (registry keys are
 * never leaves); a wildcard path is True when anything matches. -IsValid says whether the path
 * parses.
 */
export function testPath(shell: MachineShell): CommandDefinition {
  return {
    name: 'Test-Path',
    commandClass: 'Microsoft.PowerShell.Commands.TestPathCommand',
    defaultParameterSet: 'Path',
    parameters: [
      { name: 'PathType', type: PATH_TYPE, aliases: ['Type'] },
      { name: 'IsValid', type: 'switch' },
      { name: 'OlderThan', type: 'object' },
      { name: 'NewerThan', type: 'object' },
      ...FILTER_PARAMETERS,
    ],
    parameterSets: pathParameterSets({ fromPipeline: true }),
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Test-Path', [
          'Filter',
          'Include',
          'Exclude',
          'Credential',
          'OlderThan',
          'NewerThan',
        ]);
        const literal = ctx.params.LiteralPath !== undefined;
        const type = ctx.params.PathType === undefined ? 'Any' : psText(ctx.params.PathType);
        for (const typed of textList(literal ? ctx.params.LiteralPath : ctx.params.Path)) {
          let path: ItemPath;
          try {
            path = resolveItemPath(ctx, typed);
          } catch (error) {
            if (!(error instanceof RegistryError)) throw error;
            ctx.writeOutput(false);
            continue;
          }
          if (ctx.params.IsValid === true) {
            ctx.writeOutput(true);
            continue;
          }
          ctx.writeOutput(expandPath(shell, path, literal).some((item) => matches(shell, item, type)));
        }
      },
    }),
  };
}

function matches(shell: MachineShell, path: ItemPath, type: string): boolean {
  if (path.provider === 'Registry') return type !== 'Leaf' && shell.machine.registry.keyExists(path.key);
  const disk = shell.machine.disk;
  if (!disk.exists(path.path)) return false;
  const folder = disk.stat(path.path).isDirectory;
  return type === 'Any' || (type === 'Container') === folder;
}

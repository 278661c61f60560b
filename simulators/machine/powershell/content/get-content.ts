import type { CommandDefinition } from '../../../powershell/index.js';
import { registryErrors } from '../../../registry/index.js';
import { CONTENT_ENCODINGS, decodeText } from '../disk/text-encoding.js';
import { forEachPath } from '../kit/for-each-path.js';
import { FILTER_PARAMETERS, pathParameterSets } from '../kit/path-parameters.js';
import { refuseParameters } from '../kit/refuse.js';
import type { MachineShell } from '../shell.js';
import { contentPath } from './content-path.js';

const ENCODING = {
  enum: 'Microsoft.PowerShell.Commands.FileSystemCmdletProviderEncoding',
  values: CONTENT_ENCODINGS,
};

/**
 * Get-Content (aliases gc, cat, type; DOC: Get-Content, 5.1): a file's lines as strings (a line
 * break ends a line; none is written for the last one), or with -Raw the whole text as one string.
 * -TotalCount (First, Head) and -Tail (Last) limit the lines. The text is read by its byte-order
 * mark, else as ANSI. A missing file is PathNotFound; a folder is UnauthorizedAccess (3P).
 */
export function getContent(shell: MachineShell): CommandDefinition {
  return {
    name: 'Get-Content',
    aliases: ['gc', 'cat', 'type'],
    commandClass: 'Microsoft.PowerShell.Commands.GetContentCommand',
    defaultParameterSet: 'Path',
    parameters: [
      { name: 'TotalCount', type: 'long', aliases: ['First', 'Head'] },
      { name: 'Tail', type: 'int', aliases: ['Last'] },
      { name: 'Raw', type: 'switch' },
      { name: 'Encoding', type: ENCODING },
      { name: 'ReadCount', type: 'long' },
      { name: 'Delimiter', type: 'string' },
      { name: 'Wait', type: 'switch' },
      { name: 'Stream', type: 'string' },
      { name: 'Force', type: 'switch' },
      ...FILTER_PARAMETERS,
    ],
    parameterSets: pathParameterSets(),
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Get-Content', [
          'ReadCount',
          'Delimiter',
          'Wait',
          'Stream',
          'Filter',
          'Include',
          'Exclude',
          'Credential',
        ]);
        forEachPath(ctx, shell, (typed) => {
          const path = contentPath(typed);
          const disk = shell.machine.disk;
          if (!disk.exists(path.path)) throw registryErrors.pathNotFound(path.typed);
          if (disk.stat(path.path).isDirectory)
            throw {
              message: `Access to the path '${path.path}' is denied.`,
              exceptionType: 'System.UnauthorizedAccessException',
              errorId: 'GetContentReaderUnauthorizedAccessError',
              category: 'PermissionDenied',
              targetObject: path.path,
            };
          const text = decodeText(disk.readBytes(path.path));
          if (ctx.params.Raw === true) {
            if (text !== '') ctx.writeOutput(text);
            return;
          }
          let lines = text === '' ? [] : text.split(/\r\n|\n|\r/);
          if (lines.length > 0 && lines.at(-1) === '' && /[\r\n]$/.test(text)) lines.pop();
          if (ctx.params.TotalCount !== undefined) {
            const count = Number(ctx.params.TotalCount);
            if (count >= 0) lines = lines.slice(0, count);
          }
          if (ctx.params.Tail !== undefined)
            lines = lines.slice(Math.max(0, lines.length - Number(ctx.params.Tail)));
          for (const line of lines) ctx.writeOutput(line);
        });
      },
    }),
  };
}

import type { CommandDefinition, PSValue } from '../../../powershell/index.js';
import { DiskError } from '../../disk.js';
import { diskCommandError } from '../disk/disk-errors.js';
import { CONTENT_ENCODINGS, encodeText } from '../disk/text-encoding.js';
import { forEachPath } from '../kit/for-each-path.js';
import { FILTER_PARAMETERS, pathParameterSets } from '../kit/path-parameters.js';
import { refuseParameters } from '../kit/refuse.js';
import { psText } from '../objects/ps-text.js';
import type { MachineShell } from '../shell.js';
import { contentPath } from './content-path.js';

const ENCODING = {
  enum: 'Microsoft.PowerShell.Commands.FileSystemCmdletProviderEncoding',
  values: CONTENT_ENCODINGS,
};

/**
 * Set-Content (alias sc) and Add-Content (alias ac) (DOC: both, 5.1): every value, from -Value
 * and the pipeline, becomes a line ended by CRLF (-NoNewline: no separators), written when the
 * pipeline ends; Set-Content replaces the file, Add-Content appends (both create it). The folder
 * must exist: "Could not find a part of the path" (3P ids GetContentWriter...Error). ShouldProcess
 * "Set Content" / "Add Content" on "Path: <path>" (3P). -PassThru writes the values.
 */
export function writeContent(shell: MachineShell, mode: 'Set' | 'Add'): CommandDefinition {
  const cmdlet = `${mode}-Content`;
  return {
    name: cmdlet,
    aliases: [mode === 'Set' ? 'sc' : 'ac'],
    commandClass: `Microsoft.PowerShell.Commands.${mode}ContentCommand`,
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    parameters: [
      {
        name: 'Value',
        type: 'object[]',
        position: 1,
        mandatory: true,
        valueFromPipeline: true,
        valueFromPipelineByPropertyName: true,
      },
      { name: 'PassThru', type: 'switch' },
      { name: 'NoNewline', type: 'switch' },
      { name: 'Encoding', type: ENCODING },
      { name: 'Force', type: 'switch' },
      { name: 'Stream', type: 'string' },
      ...FILTER_PARAMETERS,
    ],
    parameterSets: pathParameterSets(),
    create: () => {
      const values: PSValue[] = [];
      return {
        process(ctx) {
          const given = ctx.params.Value ?? null;
          values.push(...(Array.isArray(given) ? given : [given]));
        },
        end(ctx) {
          refuseParameters(ctx, cmdlet, ['Stream', 'Filter', 'Include', 'Exclude', 'Credential']);
          const separator = ctx.params.NoNewline === true ? '' : '\r\n';
          const text = values.map((v) => `${psText(v)}${separator}`).join('');
          const encoding = ctx.params.Encoding === undefined ? 'Default' : psText(ctx.params.Encoding);
          forEachPath(ctx, shell, (typed) => {
            const path = contentPath(typed);
            const disk = shell.machine.disk;
            const fresh = mode === 'Set' || !disk.exists(path.path) || disk.stat(path.path).size === 0;
            const bytes = encodeText(text, encoding, fresh);
            if (!bytes) return ctx.unsupported(`${cmdlet} -Encoding ${encoding}`);
            if (!ctx.shouldProcess(`Path: ${path.path}`, `${mode} Content`)) return;
            try {
              if (mode === 'Set') disk.writeFile(path.path, bytes);
              else disk.appendFile(path.path, bytes);
            } catch (error) {
              if (!(error instanceof DiskError)) throw error;
              throw error.code === 'IsADirectory'
                ? diskCommandError(error, 'GetContentWriterUnauthorizedAccessError', 'PermissionDenied')
                : diskCommandError(error, 'GetContentWriterDirectoryNotFoundError', 'ObjectNotFound');
            }
            if (ctx.params.PassThru === true) for (const value of values) ctx.writeOutput(value);
          });
        },
      };
    },
  };
}

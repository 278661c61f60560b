import { CommandRuntime } from '../../engine/command-runtime.js';
import { ERROR_CATEGORIES } from '../../errors/category-info.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { PSException } from '../../errors/exception.js';
import { toPSString } from '../../values/to-string.js';
import { enumType } from '../parameter-types.js';
import type { CommandDefinition, ParameterDefinition } from '../types.js';

const WRITE_ERROR_EXCEPTION = 'Microsoft.PowerShell.Commands.WriteErrorException';
const CATEGORY = enumType('System.Management.Automation.ErrorCategory', ERROR_CATEGORIES);

const shared: ParameterDefinition[] = [
  { name: 'Category', type: CATEGORY },
  { name: 'ErrorId', type: 'string' },
  { name: 'TargetObject', type: 'object' },
  { name: 'RecommendedAction', type: 'string' },
  { name: 'CategoryActivity', type: 'string', aliases: ['Activity'] },
  { name: 'CategoryReason', type: 'string', aliases: ['Reason'] },
  { name: 'CategoryTargetName', type: 'string', aliases: ['TargetName'] },
  { name: 'CategoryTargetType', type: 'string', aliases: ['TargetType'] },
];

/**
 * Write-Error (DOC: Write-Error; WriteErrorCommand in PowerShell's source): a non-terminating
 * error whose exception is a WriteErrorException, with FullyQualifiedErrorId
 * "Microsoft.PowerShell.Commands.WriteErrorException" and category NotSpecified unless given.
 * The record is attributed to the caller ($MyInvocation: the script or function that called
 * Write-Error), with "Write-Error" as the category's activity, so the error reads
 * `<script or function> : <message>` (3P: real 5.1 output).
 */
export const writeError: CommandDefinition = {
  name: 'Write-Error',
  commandClass: 'Microsoft.PowerShell.Commands.WriteErrorCommand',
  defaultParameterSet: 'NoException',
  parameters: shared,
  parameterSets: [
    {
      name: 'NoException',
      parameters: [
        {
          name: 'Message',
          type: 'string',
          position: 0,
          mandatory: true,
          valueFromPipeline: true,
          aliases: ['Msg'],
        },
      ],
    },
    {
      name: 'WithException',
      parameters: [
        { name: 'Exception', type: 'object', mandatory: true },
        { name: 'Message', type: 'string', aliases: ['Msg'] },
      ],
    },
    { name: 'ErrorRecord', parameters: [{ name: 'ErrorRecord', type: 'object', mandatory: true }] },
  ],
  create: () => ({
    process(ctx) {
      const runtime = ctx as CommandRuntime;
      const caller = runtime instanceof CommandRuntime ? runtime.ctx.invocation : undefined;
      const given = ctx.params.ErrorRecord;
      if (ctx.parameterSet === 'ErrorRecord' && given instanceof ErrorRecord) {
        ctx.writeError(given);
        return;
      }
      const message = ctx.params.Message === undefined ? undefined : toPSString(ctx.params.Message);
      const thrown = ctx.params.Exception;
      const base =
        thrown instanceof PSException
          ? thrown
          : thrown === undefined
            ? undefined
            : new PSException('System.Exception', toPSString(thrown));
      const exception = base
        ? message === undefined
          ? base
          : new PSException(base.typeName, message, base)
        : new PSException(WRITE_ERROR_EXCEPTION, message ?? '');
      const record = new ErrorRecord({
        exception,
        errorId:
          ctx.params.ErrorId === undefined
            ? base
              ? base.typeName
              : WRITE_ERROR_EXCEPTION
            : toPSString(ctx.params.ErrorId),
        category: ctx.params.Category === undefined ? 'NotSpecified' : toPSString(ctx.params.Category),
        targetObject: ctx.params.TargetObject ?? null,
        ...(caller ? { invocation: caller } : {}),
        activity:
          ctx.params.CategoryActivity === undefined ? 'Write-Error' : toPSString(ctx.params.CategoryActivity),
      });
      ctx.writeError(record);
    },
  }),
};

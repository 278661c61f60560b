import type { ParameterDefinition, ParameterSetDefinition } from '../../../powershell/index.js';

/** How a cmdlet's -Path takes pipeline input (DOC: each cmdlet's [Parameter()] attributes). */
export interface PathParameterOptions {
  /** -Path is mandatory (Get-ChildItem's is not). */
  readonly mandatory?: boolean;
  /** -Path also takes piped strings by value (Get-Item, Test-Path, Remove-Item, Get-ChildItem). */
  readonly fromPipeline?: boolean;
}

/**
 * The two sets every provider cmdlet has (DOC: about_Providers): "Path", whose -Path (position 0)
 * takes wildcards, and "LiteralPath", whose -LiteralPath (alias PSPath) is taken as typed and binds
 * from a piped item's PSPath.
 */
export function pathParameterSets(options: PathParameterOptions = {}): ParameterSetDefinition[] {
  const mandatory = options.mandatory ?? true;
  return [
    {
      name: 'Path',
      parameters: [
        {
          name: 'Path',
          type: 'string[]',
          position: 0,
          mandatory,
          valueFromPipeline: options.fromPipeline ?? false,
          valueFromPipelineByPropertyName: true,
        },
      ],
    },
    {
      name: 'LiteralPath',
      parameters: [
        {
          name: 'LiteralPath',
          type: 'string[]',
          mandatory: true,
          aliases: ['PSPath'],
          valueFromPipelineByPropertyName: true,
        },
      ],
    },
  ];
}

/** Parameters the provider cmdlets declare but the machine does not emulate (refused when given). */
export const FILTER_PARAMETERS: readonly ParameterDefinition[] = [
  { name: 'Filter', type: 'string' },
  { name: 'Include', type: 'string[]' },
  { name: 'Exclude', type: 'string[]' },
  { name: 'Credential', type: 'object' },
];

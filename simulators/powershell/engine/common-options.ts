import type { Bound } from '../commands/param-spec.js';
import type { Extent } from '../syntax/extent.js';
import { UnsupportedError } from '../syntax/script-errors.js';
import { toPSString } from '../values/to-string.js';
import type { ExecContext } from './context.js';
import type { ActionPreference } from './preferences.js';

/** What the common parameters given to one command ask for. */
export interface CommonOptions {
  readonly errorAction?: ActionPreference;
  readonly warningAction?: ActionPreference;
  readonly verbose?: boolean;
  readonly errorVariable?: { readonly name: string; readonly append: boolean };
  readonly outVariable?: { readonly name: string; readonly append: boolean };
  readonly whatIf?: boolean;
  readonly confirm?: boolean;
}

const REFUSED = [
  'Debug',
  'InformationAction',
  'InformationVariable',
  'WarningVariable',
  'OutBuffer',
  'PipelineVariable',
];

/**
 * Reads the common parameters (DOC: about_CommonParameters). -ErrorAction Inquire and Suspend need
 * a person or a workflow, and the common parameters the host does not emulate, are refused by
 * name rather than ignored.
 */
export function commonOptions(
  ctx: ExecContext,
  bound: ReadonlyMap<string, Bound>,
  commandExt: Extent,
): CommonOptions {
  const refuse = (what: string): never => {
    const ext = bound.get(what)?.ext ?? commandExt;
    throw new UnsupportedError(`common parameter -${what}`, ctx.file, ext.line, ext.column);
  };
  for (const name of REFUSED)
    if (bound.has(name) && !(name === 'Debug' && bound.get(name)?.value === false)) refuse(name);
  const action = (name: string): ActionPreference | undefined => {
    const value = bound.get(name)?.value;
    if (value === undefined) return undefined;
    const text = toPSString(value) as ActionPreference;
    if (text === 'Inquire' || text === 'Suspend') refuse(`${name} ${text}`);
    return text;
  };
  const variable = (name: string) => {
    const value = bound.get(name)?.value;
    if (value === undefined || value === null) return undefined;
    const text = toPSString(value);
    return { name: text.replace(/^\+/, ''), append: text.startsWith('+') };
  };
  const flag = (name: string) => (bound.has(name) ? bound.get(name)?.value === true : undefined);
  const options: Record<string, unknown> = {
    errorAction: action('ErrorAction'),
    warningAction: action('WarningAction'),
    verbose: flag('Verbose'),
    errorVariable: variable('ErrorVariable'),
    outVariable: variable('OutVariable'),
    whatIf: flag('WhatIf'),
    confirm: flag('Confirm'),
  };
  for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key];
  if (options.warningAction === 'Stop') refuse('WarningAction Stop');
  return options as CommonOptions;
}

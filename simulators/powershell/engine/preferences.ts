import { UnsupportedError } from '../syntax/script-errors.js';
import { toPSString } from '../values/to-string.js';
import type { ExecContext } from './context.js';

/** DOC (ActionPreference enum, 5.1): the values a preference variable or -ErrorAction may hold. */
export const ACTION_PREFERENCES = [
  'SilentlyContinue',
  'Stop',
  'Continue',
  'Inquire',
  'Ignore',
  'Suspend',
] as const;

/** An ActionPreference value. */
export type ActionPreference = (typeof ACTION_PREFERENCES)[number];

/**
 * A preference variable's value as seen from a scope ($ErrorActionPreference, $WarningPreference,
 * $VerbosePreference...). Inquire and Suspend need a person or a workflow: refused by name.
 */
export function preference(ctx: ExecContext, variable: string, line: number): ActionPreference {
  const raw = ctx.scope.lookup(variable)?.value;
  const text = raw === undefined || raw === null ? '' : toPSString(raw);
  const value = ACTION_PREFERENCES.find((name) => name.toLowerCase() === text.toLowerCase());
  if (!value) throw new UnsupportedError(`$${variable} value '${text}'`, ctx.file, line, 1);
  if (value === 'Inquire' || value === 'Suspend')
    throw new UnsupportedError(`$${variable} = '${value}' (prompts are not emulated)`, ctx.file, line, 1);
  return value;
}

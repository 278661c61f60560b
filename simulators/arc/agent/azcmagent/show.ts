import type { ConnectedMachineAgent } from '../agent.js';
import type { FlagSpec, ParsedArgs } from './args.js';
import { azcmagentErrors } from './errors.js';
import { type CommandResult, ok } from './result.js';
import { SHOW_FIELDS, type ShowField, showServices } from './show-fields.js';

/** `--os` is documented but not emulated (it is refused by name, never ignored). */
export const SHOW_FLAGS: readonly FlagSpec[] = [{ long: 'os', value: false }];

/** Display names pad to 40 columns, then `: value` (3P: real output; an empty value keeps the space). */
const line = (label: string, value: string): string => `${label.padEnd(40)}: ${value}\n`;

function textOf(field: ShowField, agent: ConnectedMachineAgent): string {
  if ('value' in field) return line(field.display, field.value(agent));
  if (field.section === 'cloudMetadata') return `${field.display}\n`;
  const rows = showServices(agent).map((s) => line(`  ${s.displayName} (${s.serviceName})`, s.status));
  return `${field.display}\n${rows.join('')}`;
}

function jsonOf(field: ShowField, agent: ConnectedMachineAgent): unknown {
  if ('value' in field) return field.value(agent);
  return field.section === 'cloudMetadata' ? {} : showServices(agent);
}

/**
 * `azcmagent show [property...] [-j]`: the agent's state as text, or JSON with `-j` (DOC). Named
 * properties, by display name or JSON key, keep only those (DOC); matching is case-sensitive (3P) and
 * keeps the layout's order (INFER). JSON is indented by two spaces (ASSUME).
 */
export function showCommand(agent: ConnectedMachineAgent, parsed: ParsedArgs): CommandResult {
  if (parsed.flags.has('os')) return azcmagentErrors.notEmulated('show --os');
  const stream = { logStderr: parsed.flags.has('log-stderr') };
  const unknown = parsed.positionals.find((p) => !SHOW_FIELDS.some((f) => f.display === p || f.key === p));
  if (unknown !== undefined) return azcmagentErrors.invalidProperty(stream, unknown);
  const wanted =
    parsed.positionals.length === 0
      ? SHOW_FIELDS
      : SHOW_FIELDS.filter((f) => parsed.positionals.some((p) => p === f.display || p === f.key));
  if (parsed.flags.has('json')) {
    const json = Object.fromEntries(wanted.map((f) => [f.key, jsonOf(f, agent)]));
    return ok(`${JSON.stringify(json, null, 2)}\n`);
  }
  return ok(wanted.map((f) => textOf(f, agent)).join(''));
}

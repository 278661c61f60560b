import { azcmagentErrors } from './errors.js';
import type { CommandResult } from './result.js';

/** A flag a command takes: its long name, its one-letter short name, and whether it takes a value. */
export interface FlagSpec {
  readonly long: string;
  readonly short?: string;
  readonly value: boolean;
}

/** Parsed arguments: positionals in order, flags by long name (a switch is `true`). */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Map<string, string | true>;
}

/** The flags every command takes (DOC: common flags). */
export const COMMON_FLAGS: readonly FlagSpec[] = [
  { long: 'json', short: 'j', value: false },
  { long: 'verbose', short: 'v', value: false },
  { long: 'log-stderr', value: false },
  { long: 'no-color', value: false },
  { long: 'config', value: true },
  { long: 'help', short: 'h', value: false },
];

/**
 * Parses pflag style: `--name value`, `--name=value`, `-x value`, `-x=value`, switches, and `--`
 * ending the flags (INFER: pflag's rules). An unknown flag or a missing value is pflag's error.
 */
export function parseArgs(args: readonly string[], specs: readonly FlagSpec[]): ParsedArgs | CommandResult {
  const all = [...COMMON_FLAGS, ...specs];
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    const next = (): string | undefined => (i + 1 < args.length ? args[++i] : undefined);
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const failed = arg.startsWith('--')
      ? parseLong(arg, all, flags, next)
      : parseShorts(arg, all, flags, next);
    if (failed) return failed;
  }
  return { positionals, flags };
}

function parseLong(
  arg: string,
  all: readonly FlagSpec[],
  flags: Map<string, string | true>,
  next: () => string | undefined,
): CommandResult | undefined {
  const [name = '', ...rest] = arg.slice(2).split('=');
  const inline = rest.length > 0 ? rest.join('=') : undefined;
  const spec = all.find((s) => s.long === name);
  if (!spec) return azcmagentErrors.unknownFlag(arg);
  if (!spec.value) {
    flags.set(spec.long, true);
    return undefined;
  }
  const value = inline ?? next();
  if (value === undefined) return azcmagentErrors.flagNeedsArgument(`--${spec.long}`);
  flags.set(spec.long, value);
  return undefined;
}

/** `-j`, `-jv` (switches run together), `-g RG`, `-gRG`, `-g=RG` (INFER: pflag's shorthand rules). */
function parseShorts(
  arg: string,
  all: readonly FlagSpec[],
  flags: Map<string, string | true>,
  next: () => string | undefined,
): CommandResult | undefined {
  for (let k = 1; k < arg.length; k++) {
    const letter = arg[k] ?? '';
    const spec = all.find((s) => s.short === letter);
    if (!spec) return azcmagentErrors.unknownShorthand(letter, arg);
    if (!spec.value) {
      flags.set(spec.long, true);
      continue;
    }
    const attached = arg.slice(k + 1).replace(/^=/, '');
    const value = attached !== '' ? attached : next();
    if (value === undefined) return azcmagentErrors.flagNeedsArgument(`'${letter}' in ${arg}`);
    flags.set(spec.long, value);
    return undefined;
  }
  return undefined;
}

/** True for a parse failure. */
export const isResult = (value: ParsedArgs | CommandResult): value is CommandResult => 'exitCode' in value;

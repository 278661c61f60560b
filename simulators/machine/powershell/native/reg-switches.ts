/** The switches an operation accepts: the name (without `/`) and whether a value follows it. */
export type SwitchSpec = Readonly<Record<string, 'flag' | 'value'>>;

/** Parsed switches by lower-case name: a flag is true, a value switch holds its argument. */
export type Switches = ReadonlyMap<string, string | true>;

/**
 * Reads reg.exe's switches (3P: Wine's reg, whose tests pass on Windows): each starts with `/` or
 * `-` and ignores case; a switch given twice, an unknown one, a value switch with nothing after it,
 * or a stray word is invalid syntax. `/reg:64` is accepted (the only view); `/reg:32` is 'wow64'.
 */
export function parseSwitches(args: readonly string[], spec: SwitchSpec): Switches | 'invalid' | 'wow64' {
  const out = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!/^[/-]/.test(arg)) return 'invalid';
    const name = arg.slice(1).toLowerCase();
    if (name === 'reg:32') return 'wow64';
    const kind = name === 'reg:64' ? 'flag' : spec[name];
    if (!kind || out.has(name)) return 'invalid';
    if (kind === 'flag') {
      out.set(name, true);
      continue;
    }
    const value = args[i + 1];
    if (value === undefined) return 'invalid';
    out.set(name, value);
    i++;
  }
  return out;
}

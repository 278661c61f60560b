import { invariant } from '../../shared/invariant.js';
import type { CommandDefinition } from './types.js';

/**
 * The commands a script host can run, by name and alias; DOC (about_Command_Precedence): names
 * ignore case in command discovery. The core commands come first; a machine adds its cmdlets later.
 */
export class CommandTable {
  readonly #commands = new Map<string, CommandDefinition>();
  readonly #aliases = new Map<string, string>();
  readonly #aliasSpelling = new Map<string, string>();

  constructor(definitions: Iterable<CommandDefinition> = []) {
    for (const definition of definitions) this.add(definition);
  }

  /** Adds a command and its aliases; a name may be defined once. */
  add(definition: CommandDefinition): this {
    const key = definition.name.toLowerCase();
    invariant(!this.#commands.has(key), () => `command ${definition.name} is already defined`);
    this.#commands.set(key, definition);
    for (const alias of definition.aliases ?? []) this.alias(alias, definition.name);
    return this;
  }

  /** Defines an alias for a command (Set-Alias). */
  alias(alias: string, target: string): this {
    this.#aliases.set(alias.toLowerCase(), target.toLowerCase());
    this.#aliasSpelling.set(alias.toLowerCase(), target);
    return this;
  }

  /** A command by name or alias. */
  resolve(name: string): CommandDefinition | undefined {
    const key = name.toLowerCase();
    return this.#commands.get(this.#aliases.get(key) ?? key);
  }

  /** The command an alias names, as the alias was defined (it may not exist yet). */
  aliasTarget(name: string): string | undefined {
    return this.#aliasSpelling.get(name.toLowerCase());
  }

  /** True when the name is an alias (aliases win over functions in command lookup). */
  isAlias(name: string): boolean {
    return this.#aliases.has(name.toLowerCase());
  }

  /** A table holding these commands and then the other's (the other's names must be new). */
  with(other: Iterable<CommandDefinition>): CommandTable {
    const table = new CommandTable(this.#commands.values());
    for (const [alias, target] of this.#aliasSpelling) table.alias(alias, target);
    for (const definition of other) table.add(definition);
    return table;
  }

  [Symbol.iterator](): Iterator<CommandDefinition> {
    return this.#commands.values();
  }
}

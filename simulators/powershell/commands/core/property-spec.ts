import { getProperty, ownProperty } from '../../members/properties.js';
import { collected } from '../../operators/collections.js';
import { hasWildcard, wildcardRegex } from '../../operators/wildcard.js';
import { PSHashtable } from '../../values/hashtable.js';
import { PSObject } from '../../values/ps-object.js';
import { ScriptBlockValue } from '../../values/script-block.js';
import { toPSString } from '../../values/to-string.js';
import type { PSValue } from '../../values/value.js';
import type { CommandContext } from '../types.js';

/** One entry of -Property: a name (wildcards allowed) or a calculated property `@{Name=...; Expression=...}`. */
export interface PropertySpec {
  readonly name: string;
  value(ctx: CommandContext, input: PSValue): PSValue;
  readonly wildcard: boolean;
}

const key = (table: PSHashtable, ...names: string[]) => {
  for (const name of table.keys()) {
    const text = toPSString(name).toLowerCase();
    if (names.some((n) => n.startsWith(text) && text.length > 0)) return table.get(name) ?? null;
  }
  return undefined;
};

/**
 * DOC (Select-Object, Sort-Object: calculated properties): a hashtable with Name (N, Label, L)
 * and Expression (E) keys, prefixes allowed; the expression is a property name or a script block
 * run with `$_` set to the object.
 */
export function propertySpecs(values: PSValue): PropertySpec[] {
  const list = Array.isArray(values) ? values : [values];
  return list.map((entry): PropertySpec => {
    if (entry instanceof PSHashtable) {
      const expression = key(entry, 'expression') ?? null;
      const name = key(entry, 'name', 'label');
      const label = name === undefined ? toPSString(expression) : toPSString(name);
      return {
        name: label,
        wildcard: false,
        value: (ctx, input) =>
          expression instanceof ScriptBlockValue
            ? collected(ctx.invokeScript(expression, { input }))
            : getProperty(input, toPSString(expression)),
      };
    }
    const name = toPSString(entry);
    return { name, wildcard: hasWildcard(name), value: (_ctx, input) => getProperty(input, name) };
  });
}

/** The property names of an object that a wildcard name matches, in the object's order. */
export function matchingNames(input: PSValue, pattern: string): string[] {
  const regex = wildcardRegex(pattern);
  const names =
    input instanceof PSObject
      ? input.properties().map((p) => p.name)
      : input instanceof PSHashtable
        ? []
        : [];
  return names.filter((name) => regex.test(name) && ownProperty(input, name) !== undefined);
}

import type { PSValue } from './value.js';

/** One property of a PSObject, with its name as first written. */
export interface PSProperty {
  readonly name: string;
  value: PSValue;
}

/** A .NET method of an object a command emits (`$response.GetResponseHeader('Date')`). */
export type PSMethod = (args: readonly PSValue[]) => PSValue;

/** How the default formatter shows an object when a command says so (format data, later). */
export interface DisplayHint {
  readonly view: 'table' | 'list';
  readonly properties: readonly string[];
}

/**
 * An object with named properties: a `[pscustomobject]`, or an object a command emits (a
 * registry item, a service, a CIM instance). DOC (about_PSCustomObject): property names are
 * case-insensitive, in the order they were added.
 */
export class PSObject {
  readonly #props = new Map<string, PSProperty>();

  constructor(
    /** .NET type names, most derived first; the first is what GetType().FullName reports. */
    readonly typeNames: readonly string[] = ['System.Management.Automation.PSCustomObject', 'System.Object'],
    properties: Iterable<readonly [string, PSValue]> = [],
    readonly options: {
      display?: DisplayHint;
      text?: () => string;
      /** Methods by lower-case name, besides the ones every object has. */
      methods?: Readonly<Record<string, PSMethod>>;
    } = {},
  ) {
    for (const [name, value] of properties) this.set(name, value);
  }

  /** A `[pscustomobject]` with these properties in order. */
  static custom(properties: Record<string, PSValue> | Iterable<readonly [string, PSValue]>): PSObject {
    return new PSObject(undefined, Symbol.iterator in properties ? properties : Object.entries(properties));
  }

  get typeName(): string {
    return this.typeNames[0] ?? 'System.Object';
  }

  get isCustom(): boolean {
    return this.typeName === 'System.Management.Automation.PSCustomObject';
  }

  has(name: string): boolean {
    return this.#props.has(name.toLowerCase());
  }

  get(name: string): PSValue | undefined {
    return this.#props.get(name.toLowerCase())?.value;
  }

  /** Sets a property, adding it at the end when new (Add-Member / assignment on a custom object). */
  set(name: string, value: PSValue): void {
    const existing = this.#props.get(name.toLowerCase());
    if (existing) existing.value = value;
    else this.#props.set(name.toLowerCase(), { name, value });
  }

  /** The properties in order. */
  properties(): PSProperty[] {
    return [...this.#props.values()];
  }
}

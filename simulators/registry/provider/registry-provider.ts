import { RegistryError, registryErrors } from '../errors.js';
import {
  childPath,
  nativePath,
  parentPath,
  providerPath,
  type RegistryPath,
  toRegistryPath,
} from '../path.js';
import type { Registry } from '../registry.js';
import type { RegistryValue, ValueData } from '../value.js';
import { type ScriptValue, toValueData } from './convert.js';
import { kindOfValueType, type PropertyKind, parsePropertyKind } from './property-kind.js';

/** A registry key as PowerShell's registry provider returns it (Get-Item, New-Item, Get-ChildItem). */
export interface RegistryKeyItem {
  /** `HKEY_LOCAL_MACHINE\SOFTWARE\X`, spelled as the caller spelled the path. */
  readonly Name: string;
  readonly PSPath: string;
  readonly PSParentPath: string;
  readonly PSChildName: string;
  readonly PSIsContainer: true;
  readonly SubKeyCount: number;
  readonly ValueCount: number;
  /** Value names in enumeration order, the default value shown as `(default)`. */
  readonly Property: readonly string[];
}

/** The text ShouldContinue shows for Remove-Item of a key with subkeys and no -Recurse (DOC). */
export const removeItemWithChildrenPrompt = (path: string): string =>
  `The item at ${path} has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?`;

/** How the provider names the default value (GetLocalizedDefaultToken: never localized). */
const DEFAULT_TOKEN = '(default)';

function tryToValueData(value: ScriptValue, kind: PropertyKind): ValueData | undefined {
  try {
    return toValueData(value, kind);
  } catch {
    return undefined;
  }
}

/**
 * The registry as PowerShell's registry provider presents it: the semantics of New-Item,
 * New-ItemProperty, Remove-ItemProperty and friends, and their errors (DOC: RegistryProvider.cs).
 * Each method takes one path as the script typed it; a failure is thrown as a RegistryError,
 * which the script host reports as the non-terminating or terminating error the cmdlet writes.
 */
export class RegistryProvider {
  constructor(readonly registry: Registry) {}

  /** Test-Path: False for a missing key, and for a drive or hive that does not exist (no error). */
  testPath(path: string): boolean {
    try {
      return this.registry.keyExists(toRegistryPath(path));
    } catch (error) {
      if (error instanceof RegistryError && (error.code === 'DriveNotFound' || error.code === 'PathNotFound'))
        return false;
      throw error;
    }
  }

  /** Get-Item. */
  getItem(path: string): RegistryKeyItem {
    return this.#item(this.#existing(path));
  }

  /** Get-ChildItem: the subkeys in enumeration order. */
  getChildItems(path: string): RegistryKeyItem[] {
    const key = this.#existing(path);
    return (this.registry.subkeyNames(key) ?? []).map((name) => this.#item(childPath(key, name)));
  }

  /**
   * New-Item. An existing key is an error without -Force; with -Force it is deleted with its whole
   * subtree and created empty (the provider calls RemoveItem, DeleteSubKeyTree). A missing parent
   * is an error without -Force; with -Force every missing level is created (CreateIntermediateKeys).
   */
  newItem(path: string, options: { force?: boolean } = {}): RegistryKeyItem {
    const key = toRegistryPath(path);
    const parent = parentPath(key);
    if (!parent) throw registryErrors.hiveRoot(nativePath(key));
    if (this.registry.keyExists(key)) {
      if (!options.force) throw registryErrors.keyAlreadyExists(nativePath(key));
      this.registry.deleteKey(key, { recursive: true });
    }
    if (!options.force && !this.registry.keyExists(parent))
      throw registryErrors.parentKeyNotFound(nativePath(parent));
    this.registry.createKey(key);
    return this.#item(key);
  }

  /** True when Remove-Item without -Recurse must ask {@link removeItemWithChildrenPrompt} first. */
  hasChildren(path: string): boolean {
    return (this.registry.subkeyNames(this.#existing(path))?.length ?? 0) > 0;
  }

  /** Remove-Item: the provider always deletes the whole subtree (DeleteSubKeyTree). */
  removeItem(path: string): void {
    const key = this.#existing(path);
    if (this.registry.deleteKey(key, { recursive: true }) === 'hive-root')
      throw registryErrors.hiveRoot(nativePath(key));
  }

  /** Get-ItemProperty: every value, or the named ones (a missing name is an error). */
  getItemProperty(path: string, names?: readonly string[]): RegistryValue[] {
    const key = this.#existing(path);
    if (!names) return this.registry.values(key) ?? [];
    return names.map((name) => this.#value(key, name));
  }

  /**
   * New-ItemProperty. The key must exist (-Force does not create it). An existing value is an
   * error without -Force and overwritten with it, as Set-ItemProperty would write it (DOC: the
   * provider checks for the value before it converts the data, then calls SetRegistryValue).
   */
  newItemProperty(
    path: string,
    name: string,
    value: ScriptValue,
    options: { propertyType?: string; force?: boolean } = {},
  ): RegistryValue {
    const key = this.#existing(path);
    const kind = parsePropertyKind(options.propertyType);
    // The provider looks the name up literally, so '(default)' never collides with the default value.
    if (!options.force && this.registry.getValue(key, name))
      throw registryErrors.propertyAlreadyExists(nativePath(key));
    return this.#setRegistryValue(key, name, value, kind);
  }

  /**
   * Set-ItemProperty: creates or replaces. Without -Type an existing value keeps its kind when the
   * new data converts to it, else the kind is inferred from the data (DOC, SetRegistryValue).
   */
  setItemProperty(
    path: string,
    name: string,
    value: ScriptValue,
    options: { type?: string } = {},
  ): RegistryValue {
    return this.#setRegistryValue(this.#existing(path), name, value, parsePropertyKind(options.type));
  }

  /** Remove-ItemProperty: a missing value is an error naming the native path. */
  removeItemProperty(path: string, name: string): void {
    const key = this.#existing(path);
    if (!this.registry.deleteValue(key, name)) throw registryErrors.propertyNotFound(name, nativePath(key));
  }

  /**
   * The provider's SetRegistryValue: `(default)` in any case names the default value; without a
   * kind an existing value keeps its own when the data converts to it, else the kind is inferred.
   */
  #setRegistryValue(key: RegistryPath, name: string, value: ScriptValue, kind: PropertyKind): RegistryValue {
    const target = name.toLowerCase() === DEFAULT_TOKEN ? '' : name;
    const existing = kind === 'Unknown' ? this.registry.getValue(key, target) : undefined;
    const kept = existing ? tryToValueData(value, kindOfValueType(existing.type)) : undefined;
    this.registry.setValue(key, target, kept ?? toValueData(value, kind));
    return this.#value(key, target);
  }

  #existing(path: string): RegistryPath {
    const key = toRegistryPath(path);
    if (!this.registry.keyExists(key)) throw registryErrors.pathNotFound(path);
    return key;
  }

  #value(key: RegistryPath, name: string): RegistryValue {
    const value = this.registry.getValue(key, name);
    if (!value) throw registryErrors.propertyNotFound(name, nativePath(key));
    return value;
  }

  #item(key: RegistryPath): RegistryKeyItem {
    const values = this.registry.values(key) ?? [];
    const parent = parentPath(key);
    let sawDefault = false;
    return {
      Name: nativePath(key),
      PSPath: providerPath(key),
      PSParentPath: parent ? providerPath(parent) : '',
      PSChildName: key.segments.at(-1) ?? key.hive,
      PSIsContainer: true,
      SubKeyCount: this.registry.subkeyNames(key)?.length ?? 0,
      ValueCount: values.length,
      Property: values.map((v) => {
        if (v.name !== '' || sawDefault) return v.name;
        sawDefault = true;
        return DEFAULT_TOKEN;
      }),
    };
  }
}

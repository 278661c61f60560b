import { type CimInstance, cimProperty } from '../../../cim/index.js';

/** Key properties of the emulated classes (DOC: their [key] qualifiers). */
const KEYS: Readonly<Record<string, readonly string[]>> = {
  win32_service: ['Name'],
  win32_operatingsystem: ['Name'],
  win32_computersystem: ['Name'],
  win32_quickfixengineering: ['HotFixID', 'ServicePackInEffect'],
};

/** An instance's key properties and their values, in key order. */
export function instanceKeys(instance: CimInstance): [string, string][] {
  return (KEYS[instance.className.toLowerCase()] ?? []).map((name) => [
    name,
    String(cimProperty(instance, name)?.value ?? ''),
  ]);
}

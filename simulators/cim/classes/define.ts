import type { CimHost } from '../host.js';
import type { CimInstance, CimType, CimValue } from '../instance.js';

/** One property of a class: its canonical name, its CIM type and how a row gives its value. */
export interface PropertySpec<Row> {
  readonly name: string;
  readonly type: CimType;
  readonly get: (row: Row) => CimValue;
}

/** Declares a property; the order of declaration is the order instances list them. */
export const prop = <Row>(name: string, type: CimType, get: (row: Row) => CimValue): PropertySpec<Row> => ({
  name,
  type,
  get,
});

/** A property's name and type, as Get-CimClass lists it. */
export interface PropertySchema {
  readonly name: string;
  readonly type: CimType;
}

/** An emulated class: its schema, and its instances derived from the host when asked. */
export interface CimClass {
  readonly name: string;
  readonly namespace: string;
  readonly schema: readonly PropertySchema[];
  instances(host: CimHost): CimInstance[];
}

/**
 * Defines a class whose instances are built afresh from the host on every call, so they always
 * show the machine as it is now. `rows` gives one row per instance.
 */
export function defineClass<Row>(
  name: string,
  namespace: string,
  rows: (host: CimHost) => readonly Row[],
  properties: readonly PropertySpec<Row>[],
): CimClass {
  return {
    name,
    namespace,
    schema: properties.map(({ name, type }) => ({ name, type })),
    instances: (host) =>
      rows(host).map((row) => ({
        className: name,
        namespace,
        properties: properties.map((p) => ({ name: p.name, type: p.type, value: p.get(row) })),
      })),
  };
}

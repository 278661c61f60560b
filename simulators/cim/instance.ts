/**
 * The CIM types the emulated classes use, named as Microsoft.Management.Infrastructure.CimType
 * names them (DOC: what `Get-CimClass | Select -Expand CimClassProperties` prints as CimType).
 */
export type CimType =
  | 'Boolean'
  | 'UInt8'
  | 'UInt16'
  | 'SInt16'
  | 'UInt32'
  | 'UInt64'
  | 'String'
  | 'DateTime'
  | 'UInt32Array';

/**
 * A property value: a number for the integer types, a number of virtual milliseconds (UTC) for
 * DateTime (see {@link toDmtf} for its CIM text), an array for UInt32Array, null when the
 * property has no value.
 */
export type CimValue = string | number | boolean | readonly number[] | null;

/** One property of an instance: its name as the class spells it, its CIM type and its value. */
export interface CimProperty {
  readonly name: string;
  readonly type: CimType;
  readonly value: CimValue;
}

/** One instance, as Get-CimInstance returns it: plain data, properties in the class's order. */
export interface CimInstance {
  readonly className: string;
  /** The namespace in the form CimSystemProperties.Namespace shows it, such as `root/cimv2`. */
  readonly namespace: string;
  readonly properties: readonly CimProperty[];
}

/** A property by name, ignoring case as CIM property names do (DOC); undefined when absent. */
export function cimProperty(instance: CimInstance, name: string): CimProperty | undefined {
  const folded = name.toLowerCase();
  return instance.properties.find((p) => p.name.toLowerCase() === folded);
}

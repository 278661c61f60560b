import type { CimValue } from '../instance.js';
import { type PropertySpec, prop } from './define.js';

/** How a class fills the properties it inherits from CIM_ManagedSystemElement. */
export interface ManagedElementValues<Row> {
  readonly caption: (row: Row) => CimValue;
  readonly description: (row: Row) => CimValue;
  readonly name: (row: Row) => CimValue;
  readonly status: (row: Row) => CimValue;
  readonly installDate?: (row: Row) => CimValue;
}

/**
 * CIM_ManagedSystemElement's properties, which every cimv2 class here inherits. WMI lists a
 * class's properties root class first, each class's own in alphabetical order (3P: the order
 * `Format-List *` shows after the default view's properties; INFER for the rule).
 */
export function managedElement<Row>(values: ManagedElementValues<Row>): PropertySpec<Row>[] {
  return [
    prop('Caption', 'String', values.caption),
    prop('Description', 'String', values.description),
    prop('InstallDate', 'DateTime', values.installDate ?? (() => null)),
    prop('Name', 'String', values.name),
    prop('Status', 'String', values.status),
  ];
}

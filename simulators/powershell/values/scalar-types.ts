import { type IntegerRange, toDouble, toInteger } from './convert-number.js';
import { noConversion, type PSType } from './ps-type.js';
import { ScriptBlockValue } from './script-block.js';
import { toBool } from './to-bool.js';
import { toPSString } from './to-string.js';
import { typeNameOf } from './type-of.js';

// DOC (.NET and LanguagePrimitives): numbers, text, truth, objects, switches, script blocks, void.

const integer = (range: IntegerRange): PSType => ({
  fullName: range.fullName,
  name: range.fullName.slice(7),
  is: (value) => typeNameOf(value) === range.fullName,
  convert: (value) => toInteger(value, range),
});

const INT32 = integer({ fullName: 'System.Int32', min: -2147483648, max: 2147483647, label: 'an Int32' });
const INT64 = integer({ fullName: 'System.Int64', min: -(2 ** 63), max: 2 ** 63 - 1, label: 'an Int64' });
const UINT32 = integer({ fullName: 'System.UInt32', min: 0, max: 4294967295, label: 'a UInt32' });
const BYTE = integer({ fullName: 'System.Byte', min: 0, max: 255, label: 'an unsigned byte' });

const DOUBLE: PSType = {
  fullName: 'System.Double',
  name: 'Double',
  is: (v) => typeNameOf(v) === 'System.Double',
  convert: (v) => toDouble(v),
};
const STRING: PSType = {
  fullName: 'System.String',
  name: 'String',
  is: (v) => typeof v === 'string',
  convert: (v) => (v === null ? '' : toPSString(v)),
};
const BOOLEAN: PSType = {
  fullName: 'System.Boolean',
  name: 'Boolean',
  is: (v) => typeof v === 'boolean',
  convert: toBool,
};
const OBJECT: PSType = {
  fullName: 'System.Object',
  name: 'Object',
  is: (v) => v !== null,
  convert: (v) => v,
};
const SWITCH: PSType = {
  fullName: 'System.Management.Automation.SwitchParameter',
  name: 'SwitchParameter',
  is: (v) => typeof v === 'boolean',
  convert: toBool,
};
const SCRIPTBLOCK: PSType = {
  fullName: 'System.Management.Automation.ScriptBlock',
  name: 'ScriptBlock',
  is: (v) => v instanceof ScriptBlockValue,
  convert: (v) =>
    v === null || v instanceof ScriptBlockValue
      ? v
      : noConversion(v, 'System.Management.Automation.ScriptBlock'),
};

const VOID: PSType = { fullName: 'System.Void', name: 'Void', is: () => false, convert: () => null };

/** The scalar types the host emulates. */
export const scalarTypes = {
  INT32,
  INT64,
  UINT32,
  BYTE,
  DOUBLE,
  STRING,
  BOOLEAN,
  OBJECT,
  SWITCH,
  SCRIPTBLOCK,
  VOID,
};

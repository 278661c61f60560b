/** The CIM repository emulator: Win32_DeviceGuard and the cimv2 classes scripts read, queried with WQL. */
export type { CimClass, PropertySchema } from './classes/define.js';
export { CIM_CLASSES, findClass } from './classes/index.js';
export { parseDmtf, toDmtf } from './datetime.js';
export { cimErrors, type WmiObjectRequest } from './error-factory.js';
export {
  CimError,
  type CimErrorCategory,
  type CimErrorCode,
  GET_CIM_INSTANCE,
  GET_WMI_OBJECT,
} from './errors.js';
export type {
  CimHost,
  HostComputerSystem,
  HostDeviceGuard,
  HostHotFix,
  HostOs,
  HostService,
  HostStartMode,
} from './host.js';
export { type CimInstance, type CimProperty, type CimType, type CimValue, cimProperty } from './instance.js';
export { CIMV2, DEFAULT_NAMESPACE, DEVICE_GUARD_NAMESPACE, resolveNamespace } from './namespace.js';
export { CimRepository, type GetInstancesOptions } from './repository.js';
export { parseWql } from './wql/parser.js';

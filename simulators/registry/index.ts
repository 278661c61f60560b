/** The Windows registry emulator: a copy-on-write store, PowerShell's provider view, .reg files. */
export { RegistryError, type RegistryErrorCode, registryErrors } from './errors.js';
export { HIVE_NAMES, type HiveName, LOCAL_SYSTEM_SID } from './hives.js';
export { compareNames, foldName } from './names.js';
export { nativePath, parseRegistryPath, providerPath, type RegistryPath, toRegistryPath } from './path.js';
export { type ScriptValue, toScriptValue, toValueData } from './provider/convert.js';
export { type PropertyKind, parsePropertyKind } from './provider/property-kind.js';
export {
  type RegistryKeyItem,
  RegistryProvider,
  removeItemWithChildrenPrompt,
} from './provider/registry-provider.js';
export { exportRegFile, formatRegFile, formatRegValue, REG_FILE_HEADER } from './reg-file/export.js';
export { applyRegFileOps, importRegFile, type RegImportSummary } from './reg-file/import.js';
export { decodeRegFile, parseRegFile, type RegFileOp } from './reg-file/parse.js';
export { RegFileError, type RegFileIssue } from './reg-file/reg-file-error.js';
export { type DeleteKeyResult, Registry } from './registry.js';
export * from './value.js';
export { valueFromBytes, valueToBytes } from './value-bytes.js';

// The PowerShell script host: parses Windows PowerShell 5.1 scripts with tree-sitter and runs
// the supported language and commands. A leaf of simulators/: machine cmdlets come in through
// the command table.
export { CommandTable } from './commands/command-table.js';
export { coreCommands } from './commands/core/index.js';
export type {
  CommandContext,
  CommandDefinition,
  CommandErrorLike,
  CommandImplementation,
  NativeRunInput,
  NativeRunResult,
  ParameterDefinition,
  ParameterSetDefinition,
  ParameterType,
} from './commands/types.js';
export type { ConfirmPrompt } from './engine/runtime.js';
export type { StreamEntry, StreamName } from './engine/streams.js';
export { commandErrorRecord, isCommandError } from './errors/adapter.js';
export { ErrorRecord } from './errors/error-record.js';
export { PSException } from './errors/exception.js';
export { renderErrorRecord } from './errors/render-error.js';
export { formatForHost } from './format/format-host.js';
export { transcript } from './format/transcript.js';
export type { RunResult } from './host/run-result.js';
export {
  createScriptHost,
  type RunOptions,
  type ScriptHost,
  type ScriptHostOptions,
} from './host/script-host.js';
export { loadPowerShellGrammar } from './syntax/grammar.js';
export { parseScript } from './syntax/parse.js';
export { ParseError, ScriptError, UnsupportedError } from './syntax/script-errors.js';
export { PSArrayList } from './values/array-list.js';
export { fromJson } from './values/from-json.js';
export { PSHashtable } from './values/hashtable.js';
export { PSObject } from './values/ps-object.js';
export type { PSValue } from './values/value.js';

/** The machine's PowerShell: its cmdlets and native commands, and running a script on it. */
export { machineCommands } from './machine-commands.js';
export { expandEnvironment, machineEnvironment } from './machine-environment.js';
export { type MachineRunOptions, runScriptOnMachine } from './run-script.js';
export type { MachineCommandOptions } from './shell.js';

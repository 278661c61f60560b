import type { CommandTable } from '../commands/command-table.js';
import type { ErrorRecord } from '../errors/error-record.js';
import type { ScriptAst } from '../syntax/ast.js';
import { PSArrayList } from '../values/array-list.js';
import type { PSValue } from '../values/value.js';
import { Scope } from './scope.js';
import type { StreamEntry, StreamName } from './streams.js';

/** What the host lends a run: commands, time, the answer to confirm prompts, the environment. */
export interface HostServices {
  readonly commands: CommandTable;
  readonly now: () => number | undefined;
  readonly sleep: (milliseconds: number) => void;
  readonly confirm: (prompt: ConfirmPrompt) => boolean;
  readonly environment: Map<string, { name: string; value: string }>;
}

/** A ShouldProcess confirmation as the host shows it. */
export interface ConfirmPrompt {
  readonly caption: string;
  readonly message: string;
  readonly action: string;
  readonly target: string;
}

/** DOC (about_Preference_Variables): $MaximumErrorCount defaults to 256. */
const MAX_ERRORS = 256;

/** The state of one run of one script: scopes, $Error, $?, and everything written. */
export class Runtime {
  readonly global = new Scope(undefined, 'global');
  readonly scriptScope = new Scope(this.global, 'script');
  readonly errors = new PSArrayList();
  readonly streams: StreamEntry[] = [];
  readonly output: PSValue[] = [];
  /** $?: whether the last statement succeeded. */
  lastSuccess = true;
  /** Counts every error written or reported, so a statement can tell whether it failed. */
  errorWrites = 0;
  /** Inside a try block (at any depth of the call stack), terminating errors go to its catch. */
  tryDepth = 0;
  /** The line of the statement running now, for output written by it. */
  currentLine = 1;

  constructor(
    readonly host: HostServices,
    readonly script: ScriptAst,
  ) {}

  /** DOC: $Error holds the newest error first. */
  recordError(record: ErrorRecord): void {
    this.errors.items.unshift(record);
    if (this.errors.items.length > MAX_ERRORS) this.errors.items.length = MAX_ERRORS;
  }

  write(stream: StreamName, text: string, line: number, extra: Partial<StreamEntry> = {}): void {
    this.streams.push({ stream, text, line, ...extra });
  }
}

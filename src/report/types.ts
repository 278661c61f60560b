/** Why a machine restarted (DESIGN.md report format v1). */
export type ReasonCode =
  | 'baseline'
  | 'not-enrolled'
  | 'vbs-not-running'
  | 'off-baseline'
  | 'license-expired'
  | 'requested'
  | 'update-install';

/** What a month's Patch Tuesday gave a machine. */
export type MonthKind = 'hotpatch' | 'baseline' | 'lcu' | 'none';

/**
 * One report event type; more may be added. `arc-status` (extension): a machine's agent status as
 * Azure shows it changed (Connected, Disconnected).
 */
export type ReportEventType =
  | 'update-installed'
  | 'restart'
  | 'hotpatch-state'
  | 'arc-status'
  | 'license-state'
  | 'script-output'
  | 'script-error'
  | 'playbook'
  | 'fault'
  | 'expect';

/** One line of the event log. */
export interface ReportEvent {
  /** ISO instant, UTC. */
  at: string;
  machine: string;
  type: ReportEventType;
  detail: string;
}

/** A machine's month. */
export interface MachineMonth {
  month: string;
  update: string | null;
  kind: MonthKind;
  restarts: number;
  reasons: ReasonCode[];
}

/** The fleet's month. */
export interface FleetMonth {
  month: string;
  machines: number;
  hotpatched: number;
  restarted: number;
  restarts: number;
  reasons: Partial<Record<ReasonCode, number>>;
  /** Extension: the cores billed for Arc hotpatch at the month's Patch Tuesday. */
  billedCores: number;
  /** Extension: enrolled Arc machines' cores × the price knob, in US$. */
  hotpatchCost: number;
  /** Extension: restarts the month's hotpatches avoided (machines that took a hotpatch). */
  restartsAvoided: number;
}

/** A knob the run relied on. */
export interface Assumption {
  knob: string;
  value: string | number;
  grade: 'ASSUME';
  doc: string;
}

/** An expectation's outcome (extension). */
export interface ExpectResult {
  expect: Record<string, unknown>;
  pass: boolean;
  actual: Record<string, unknown>;
}

/** report.json, format v1 (DESIGN.md); extension fields are marked in their comments. */
export interface Report {
  format: 'hotpatch-harness/report@1';
  scenario: string;
  seed: number;
  period: { from: string; to: string };
  assumptions: Assumption[];
  months: FleetMonth[];
  machines: Array<{ name: string; months: MachineMonth[] }>;
  events: ReportEvent[];
  /** Extension: each `expect` entry with its outcome. */
  expectations: ExpectResult[];
  /** Extension: the command that reproduces this run. */
  reproduce: string;
  verdict: 'pass' | 'fail';
  /** Extension, only on the report of one shard of a run (`--shard k/n`); `merge` joins them. */
  shard?: ShardInfo;
}

/** What a shard's report carries so that `merge` can join the shards into the whole run's report. */
export interface ShardInfo {
  /** 1-based. */
  index: number;
  count: number;
  /** Machines in the whole fleet. */
  fleetSize: number;
  /** The places in the scenario's `expect` list of this report's `expectations`. */
  expectations: number[];
}

import type { Violation } from '../oracles/oracle.js';
import type { ScenarioInput } from '../scenario/schema.js';

/** An oracle's record over an exploration: it held when no run violated it. */
export interface OracleRecord {
  readonly id: string;
  readonly cites: string;
  readonly statement: string;
  /** Runs of the search (shrinking aside) that violated it, known issues aside. */
  readonly violations: number;
}

/** A sometimes property's coverage: how many runs reached it (0: unexercised). */
export interface CoverageRecord {
  readonly id: string;
  readonly cites: string;
  readonly statement: string;
  readonly fired: number;
}

/** The first failure, shrunk, and how to replay it. */
export interface ExploreFailure {
  readonly oracle: string;
  readonly cites: string;
  /** The shrunk scenario's violations of that oracle. */
  readonly violations: readonly Violation[];
  /** The shrunk scenario, as written to the counterexample file. */
  readonly scenario: ScenarioInput;
  readonly machines: number;
  readonly events: number;
  /** OUT/counterexamples/<name>.yaml */
  readonly file: string;
  /** `npx hotpatch-harness run <file>`: the one command that replays it. */
  readonly replay: string;
  /** fast-check's seed and path: `explore --seed S` finds it again; seed and path replay it at once. */
  readonly seed: number;
  readonly path: string;
  readonly reexplore: string;
  /** Scenarios tried while shrinking. */
  readonly shrinks: number;
}

/** What an exploration found. */
export interface ExploreSummary {
  readonly passed: boolean;
  readonly seed: number;
  /** Scenarios generated and run in the search (shrinking aside). */
  readonly runs: number;
  readonly machineMonths: number;
  readonly durationMs: number;
  /** True when the time limit stopped the search before it made all its runs. */
  readonly interrupted: boolean;
  readonly oracles: readonly OracleRecord[];
  readonly coverage: readonly CoverageRecord[];
  /** The sometimes properties that never fired: coverage that was not meaningful. */
  readonly unexercised: readonly string[];
  /** Known (quarantined) issues the runs hit, by id, with how many runs hit each. */
  readonly known: ReadonlyArray<{ readonly id: string; readonly description: string; readonly runs: number }>;
  readonly failure?: ExploreFailure;
}

import type { ScenarioOutcome } from './check-scenario.js';
import type { ExploreSetup } from './setup.js';
import type { CoverageRecord, ExploreSummary, OracleRecord } from './summary.js';

/** Counts what the search runs (not the shrinking) covered, violated and hit. */
export class Tally {
  runs = 0;
  machineMonths = 0;
  readonly #violated = new Map<string, number>();
  readonly #fired = new Map<string, number>();
  readonly #known = new Map<string, number>();

  constructor(private readonly setup: ExploreSetup) {}

  /** Adds one search run's outcome. */
  add(outcome: ScenarioOutcome): void {
    this.runs++;
    this.machineMonths += outcome.machineMonths;
    for (const id of new Set(outcome.violations.map((v) => v.oracle)))
      this.#violated.set(id, (this.#violated.get(id) ?? 0) + 1);
    for (const id of outcome.fired) this.#fired.set(id, (this.#fired.get(id) ?? 0) + 1);
    for (const id of outcome.known) this.#known.set(id, (this.#known.get(id) ?? 0) + 1);
  }

  /** The per-oracle, coverage and known-issue parts of the summary. */
  records(): Pick<ExploreSummary, 'oracles' | 'coverage' | 'unexercised' | 'known'> {
    const oracles: OracleRecord[] = this.setup.oracles.map(({ id, cites, statement }) => ({
      id,
      cites,
      statement,
      violations: this.#violated.get(id) ?? 0,
    }));
    const coverage: CoverageRecord[] = this.setup.sometimes.map(({ id, cites, statement }) => ({
      id,
      cites,
      statement,
      fired: this.#fired.get(id) ?? 0,
    }));
    const known = this.setup.known
      .filter((k) => this.#known.has(k.id))
      .map((k) => ({ id: k.id, description: k.description, runs: this.#known.get(k.id) ?? 0 }));
    return { oracles, coverage, unexercised: coverage.filter((c) => c.fired === 0).map((c) => c.id), known };
  }
}

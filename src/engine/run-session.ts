import type { ArmRequest, ArmResponse } from '../../simulators/arc/arm/index.js';
import { invariant } from '../../simulators/shared/invariant.js';
import { buildReport } from '../report/build.js';
import type { Report } from '../report/types.js';
import type { Scenario } from '../scenario/schema.js';
import { buildWorld, type RunOptions } from './build-world.js';
import { syncPlane } from './plane-sync.js';
import { type BilledCores, schedulePatchTuesdays, scheduleScenarioEvents } from './run.js';
import type { World } from './world.js';

/**
 * A run driven step by step instead of to its end (the `serve` command): the world at the first
 * instant of the period with its Patch Tuesdays and events queued, moved on by {@link advanceTo},
 * while clients talk to its control plane through {@link handleArm}.
 */
export class RunSession {
  readonly world: World;
  readonly #billed: BilledCores = new Map();

  constructor(
    readonly scenario: Scenario,
    private readonly options: RunOptions = {},
  ) {
    this.world = buildWorld(scenario, options);
    schedulePatchTuesdays(this.world, scenario, this.#billed, options.observe);
    scheduleScenarioEvents(this.world, scenario, options);
  }

  /** Virtual time now. */
  get now(): number {
    return this.world.clock.now();
  }

  /**
   * Runs every queued task due at or before `to` (Patch Tuesdays, scenario events, playbook steps,
   * pending enrollments) in order, then leaves the clock at `to` with the control plane brought there.
   */
  advanceTo(to: number): void {
    invariant(to >= this.now, () => `virtual time cannot go back from ${this.now} to ${to}`);
    const { queue, clock } = this.world;
    for (let at = queue.nextAt(); at !== undefined && at <= to; at = queue.nextAt()) {
      const next = queue.pop();
      if (!next) break;
      clock.set(next.at);
      next.item();
    }
    clock.set(to);
    syncPlane(this.world);
  }

  /**
   * One request to the control plane at the current virtual time; what it changed goes into the
   * event log at once, and the plane is woken when the change it started is due.
   */
  handleArm(request: ArmRequest): ArmResponse {
    const response = this.world.plane.handle(request);
    syncPlane(this.world);
    return response;
  }

  /** The report of the run so far (months not reached yet read `none`). */
  report(): Report {
    return buildReport(this.world, this.scenario, {
      seed: this.options.seed ?? this.scenario.seed,
      billed: this.#billed,
      file: this.options.file,
    });
  }
}

import type { Observation } from '../engine/build-world.js';
import type { FleetMachine } from '../engine/fleet-machine.js';
import { runningKb, type World } from '../engine/world.js';
import { eventKey, type MachineFacts, type RunFacts } from './facts.js';
import { type MachineSnapshot, sameState, snapshotOf } from './snapshot.js';

interface Track {
  readonly fm: FleetMachine;
  readonly timeline: MachineSnapshot[];
  readonly patchTuesdays: Map<string, MachineSnapshot>;
  readonly startKb: string;
}

/**
 * Listens to a run through `RunOptions.observe` and keeps, per machine, a snapshot each time the
 * machine changed and one before each Patch Tuesday; `facts()` hands them to the oracles.
 */
export class FactRecorder {
  #world: World | undefined;
  #step = 0;
  readonly #steps: Array<{ at: number; events: number }> = [];
  readonly #tracks = new Map<string, Track>();

  /** The observer to pass as `RunOptions.observe`. */
  readonly observe = (o: Observation): void => {
    if (o.phase === 'start') {
      this.#world = o.world;
      this.#steps.push({ at: o.world.clock.now(), events: o.world.ledger.events.length });
      for (const fm of o.world.fleet.values()) {
        const first = snapshotOf(o.world, fm, 0);
        this.#tracks.set(fm.name, {
          fm,
          timeline: [first],
          patchTuesdays: new Map(),
          startKb: runningKb(fm.machine),
        });
      }
    } else if (o.phase === 'step') {
      this.#step++;
      this.#steps.push({ at: o.world.clock.now(), events: o.world.ledger.events.length });
      for (const track of this.#tracks.values()) {
        const next = snapshotOf(o.world, track.fm, this.#step);
        const last = track.timeline.at(-1);
        if (!last || !sameState(last, next)) track.timeline.push(next);
      }
    } else if (o.phase === 'patch-tuesday') {
      // The Patch Tuesday runs inside step #step + 1.
      const track = this.#tracks.get(o.machine.name);
      track?.patchTuesdays.set(o.release.month, snapshotOf(o.world, o.machine, this.#step + 1));
    }
  };

  /** The facts of the finished run; throws when the run never started. */
  facts(): RunFacts {
    const world = this.#world;
    if (!world)
      throw new Error('FactRecorder: the run was not observed (pass recorder.observe to runScenario)');
    const machines = new Map<string, MachineFacts>();
    for (const [name, { fm, timeline, patchTuesdays, startKb }] of this.#tracks) {
      machines.set(name, {
        name,
        template: fm.template,
        edition: fm.machine.edition,
        azureEdition: fm.azureEdition,
        canRunVbs: fm.machine.canRunVbs,
        arcAgent: fm.arcAgent,
        timeline,
        patchTuesdays,
        restarts: [...fm.machine.restarts],
        installed: [...fm.machine.installed],
        startKb,
      });
    }
    let eventSteps: Map<string, number[]> | undefined;
    const eventStepsOnce = () => {
      eventSteps ??= this.#eventSteps(world);
      return eventSteps;
    };
    return {
      catalog: world.catalog,
      rules: world.rules,
      knobs: world.knobs,
      mode: world.mode,
      steps: this.#steps,
      // Worked out on first use: only oracles that ask which step logged an event need it.
      get eventSteps() {
        return eventStepsOnce();
      },
      machines,
    };
  }

  /** Per event identity, the steps that logged it, read off the log and the step counts. */
  #eventSteps(world: World): Map<string, number[]> {
    const bySteps = new Map<string, number[]>();
    let step = 0;
    world.ledger.events.forEach((e, i) => {
      while (step < this.#steps.length - 1 && (this.#steps[step]?.events ?? 0) <= i) step++;
      const key = eventKey(e);
      const list = bySteps.get(key);
      if (list) list.push(step);
      else bySteps.set(key, [step]);
    });
    return bySteps;
  }
}

import { parseUtc } from '../../../simulators/shared/clock.js';
import { decideOffer } from '../../../simulators/windows-update/index.js';
import { buildWorld } from '../../engine/build-world.js';
import type { FleetMachine } from '../../engine/fleet-machine.js';
import { patchTuesdayOn, updateTarget } from '../../engine/patch-tuesday-step.js';
import { applyScenarioEvent } from '../../engine/scenario-events.js';
import { runningKb, type World } from '../../engine/world.js';
import type { ScenarioEvent } from '../../scenario/schema.js';
import { scenarioSchema } from '../../scenario/schema.js';
import { MODEL_START, type ModelMachineSpec, modelScenario } from './machine-setup.js';

/** The engine side of a model-based run: the world of one machine, driven step by step. */
export class EngineDriver {
  readonly world: World;
  readonly fm: FleetMachine;

  constructor(spec: ModelMachineSpec) {
    this.world = buildWorld(scenarioSchema.parse(modelScenario(spec)));
    this.fm = this.world.fleet.get('m') as FleetMachine;
    this.world.clock.set(MODEL_START);
  }

  get now(): number {
    return this.world.clock.now();
  }

  /** Runs the tasks due before `at` (enrollment check-backs, playbook steps) and moves the clock there. */
  advance(at: number): void {
    let reached = false;
    this.world.queue.push(
      at,
      () => {
        reached = true;
      },
      -1,
    );
    for (
      let next = this.world.queue.pop();
      next && !reached;
      next = reached ? undefined : this.world.queue.pop()
    ) {
      this.world.clock.set(next.at);
      next.item();
    }
  }

  /** One scenario event on the machine now (install, restart, hotpatch, playbook, fault). */
  event(action: Omit<ScenarioEvent, 'at' | 'machines'>): void {
    applyScenarioEvent(this.world, this.fm, { at: MODEL_START, machines: ['m'], ...action } as ScenarioEvent);
  }

  /** The Patch Tuesday of `month` at 18:00 UTC on its date. */
  patchTuesday(month: string): void {
    const release = this.world.catalog.month(month);
    if (!release) throw new Error(`no release for ${month}`);
    this.advance(parseUtc(`${release.date}T18:00`));
    patchTuesdayOn(this.world, this.fm, release);
  }

  /** What the emulator shows of the machine, in the model's terms. */
  view() {
    const { fm } = this;
    return {
      online: fm.connected,
      vbsRunning: fm.vbsRunning,
      enrollment: fm.profile.state.status,
      licenseExpired: fm.licenseExpired,
      kb: runningKb(fm.machine),
      staged: fm.machine.staged.map((u) => u.kb),
    };
  }

  /** Whether Windows Update would give the machine the hotpatch of `month` now. */
  wouldHotpatch(month: string): boolean {
    const release = this.world.catalog.month(month);
    if (!release) return false;
    const offer = decideOffer(
      this.world.catalog,
      this.world.rules,
      release,
      updateTarget(this.world, this.fm),
    );
    return offer?.kind === 'hotpatch';
  }
}

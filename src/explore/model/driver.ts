import type { ArmRequest, ArmResponse } from '../../../simulators/arc/arm/index.js';
import { parseUtc } from '../../../simulators/shared/clock.js';
import { decideOffer } from '../../../simulators/windows-update/index.js';
import type { FleetMachine } from '../../engine/fleet-machine.js';
import { reconcile } from '../../engine/licensing.js';
import { patchTuesdayOn, updateTarget } from '../../engine/patch-tuesday-step.js';
import { RunSession } from '../../engine/run-session.js';
import { applyScenarioEvent } from '../../engine/scenario-events.js';
import { runScript } from '../../engine/script-runner.js';
import { runningKb, type World } from '../../engine/world.js';
import type { ScenarioEvent } from '../../scenario/schema.js';
import { scenarioSchema } from '../../scenario/schema.js';
import { type ShippedScript, scriptPath, shippedScripts } from '../shipped-scripts.js';
import { MODEL_START, type ModelMachineSpec, modelScenario } from './machine-setup.js';

/**
 * The engine side of a model-based run: a run session of one machine, driven step by step; its
 * control plane answers raw ARM requests as `serve` does. Load the PowerShell grammar first.
 */
export class EngineDriver {
  readonly session: RunSession;
  readonly world: World;
  readonly fm: FleetMachine;

  constructor(spec: ModelMachineSpec) {
    this.session = new RunSession(scenarioSchema.parse(modelScenario(spec)), { scripts: shippedScripts() });
    this.world = this.session.world;
    this.fm = this.world.fleet.get('m') as FleetMachine;
    this.session.advanceTo(parseUtc(MODEL_START));
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

  /**
   * Runs a shipped script on the machine now, as a `run:` event does (then licensing catches up);
   * returns the lines it wrote to the output stream and to the error stream.
   */
  runScript(script: ShippedScript, confirm: boolean): { output: string[]; errors: string[] } {
    const path = scriptPath(script);
    const from = this.world.ledger.events.length;
    runScript(this.world, this.fm, path, shippedScripts().get(path) ?? '', confirm);
    reconcile(this.world, this.fm);
    const lines = (type: string) =>
      this.world.ledger.events
        .slice(from)
        .filter((e) => e.type === type)
        .map((e) => e.detail.slice(path.length + 2));
    return { output: lines('script-output'), errors: lines('script-error') };
  }

  /** One raw request to the run's control plane now (RunSession.handleArm). */
  arm(request: ArmRequest): ArmResponse {
    return this.session.handleArm(request);
  }

  /** The Patch Tuesday of `month` at 18:00 UTC on its date. */
  patchTuesday(month: string): void {
    const release = this.world.catalog.month(month);
    if (!release) throw new Error(`no release for ${month}`);
    this.advance(parseUtc(`${release.date}T18:00`));
    patchTuesdayOn(this.world, this.fm, release);
  }

  /** What the emulator shows of the machine, in the model's terms (Azure's view of the agent brought to now). */
  view() {
    const { fm } = this;
    fm.agent?.sync(this.now);
    return {
      online: fm.connected,
      azure: fm.agent?.azureStatus,
      vbsRunning: fm.vbsRunning,
      enrollment: fm.profile.state.status,
      licenseExpired: fm.licenseExpired,
      kb: runningKb(fm.machine),
      staged: fm.machine.staged.map((u) => u.kb),
      profile: this.world.plane.profile(fm.name) !== undefined,
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

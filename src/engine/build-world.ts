import { agentHostFor, ConnectedMachineAgent } from '../../simulators/arc/agent/index.js';
import { canRunVbs, effectiveFirmware, type Hardware, Machine } from '../../simulators/machine/index.js';
import { ManualClock, parseUtc } from '../../simulators/shared/clock.js';
import { stableGuid } from '../../simulators/shared/stable-id.js';
import {
  defaultRules,
  type KnownIssueRule,
  type MonthRelease,
  monthsBetween,
  ReleaseCatalog,
} from '../../simulators/windows-update/index.js';
import type { Playbook } from '../playbooks/index.js';
import { ScenarioError } from '../scenario/errors.js';
import { type ExpandedMachine, expandFleet } from '../scenario/expand.js';
import type { ScenarioIssue } from '../scenario/issue.js';
import { DEFAULT_KNOBS, type Knobs } from '../scenario/knobs.js';
import type { FleetEntry, Scenario } from '../scenario/schema.js';
import { buildArmPlane } from './arm-plane.js';
import { EventQueue } from './event-queue.js';
import { FleetMachine } from './fleet-machine.js';
import { Ledger } from './ledger.js';
import { reconcile } from './licensing.js';
import { Random } from './random.js';
import type { Shard } from './shard.js';
import type { World, WorldTask } from './world.js';

/**
 * A moment of a run shown to an observer, for oracles only: the report never depends on it.
 * `start` comes once before the first event, `step` after each queued task, `patch-tuesday` just
 * before one machine's Patch Tuesday is decided (after the restart a pending update got first;
 * when that restart failed, updates are still staged and nothing is decided that month). The
 * world is live: read it during the call.
 */
export type Observation =
  | { readonly phase: 'start' | 'step'; readonly world: World }
  | {
      readonly phase: 'patch-tuesday';
      readonly world: World;
      readonly machine: FleetMachine;
      readonly release: MonthRelease;
    };

/** What a run is given besides the scenario. */
export interface RunOptions {
  /** Overrides the scenario's seed (--seed). */
  readonly seed?: number;
  readonly catalog?: ReleaseCatalog;
  readonly rules?: readonly KnownIssueRule[];
  /** The scenario's file name, for error messages. */
  readonly file?: string;
  /** Called with the months done so far and their total, at the start and after each month. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Oracle-only observer (see {@link Observation}); it must not change the world. */
  readonly observe?: (observation: Observation) => void;
  /** Playbooks run instead of the built-in ones of the same name: for planting test variants only. */
  readonly playbooks?: ReadonlyMap<string, Playbook>;
  /** The text of every script the scenario's `run:` events name (see readScenarioScripts). */
  readonly scripts?: ReadonlyMap<string, string>;
  /**
   * Simulate only this slice of the fleet. Nothing couples one machine's history to another's, so
   * the slice's machines get exactly the history they get in the whole run (see report/merge.ts).
   */
  readonly shard?: Shard;
}

/** The hardware a fleet entry describes; a Gen 1 VM is always BIOS and BIOS has no Secure Boot (DOC). */
export function hardwareOf(entry: FleetEntry): Hardware {
  const firmware = entry.platform === 'hyperv-gen1' ? 'bios' : (entry.firmware ?? 'uefi');
  return {
    platform: entry.platform,
    firmware,
    secureBoot: entry.secureBoot ?? firmware === 'uefi',
    cores: entry.cores,
  };
}

/** The update a machine starts on: the one named, else the latest baseline before the period. */
export function startingKb(
  entry: Pick<FleetEntry, 'installed'>,
  catalog: ReleaseCatalog,
  start: string,
): string {
  if (entry.installed) return entry.installed;
  const baselines = catalog
    .releases()
    .filter((r) => (r.type === 'baseline' || r.type === 'rtm') && r.date < start);
  return baselines.at(-1)?.kb ?? 'RTM';
}

/** Checks what only the world knows: hardware against VBS, enrollment against Arc. */
export function worldIssues(scenario: Scenario, catalog: ReleaseCatalog): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  scenario.fleet.forEach((entry, i) => {
    const hw = hardwareOf(entry);
    const issue = (key: string, message: string) =>
      issues.push({ code: 'custom', path: ['fleet', i, key], line: undefined, message });
    if (entry.platform === 'hyperv-gen1' && entry.firmware === 'uefi')
      issue('firmware', 'a Hyper-V Generation 1 VM boots BIOS, never UEFI');
    if (effectiveFirmware(hw) === 'bios' && entry.secureBoot === true)
      issue('secureBoot', 'Secure Boot needs UEFI firmware');
    if (entry.vbs === 'running' && !canRunVbs(hw)) {
      issue(
        'vbs',
        `VBS cannot run on ${entry.platform} with ${effectiveFirmware(hw)} firmware and Secure Boot ${hw.secureBoot ? 'on' : 'off'}; use disabled or configured`,
      );
    }
    const azureEdition = entry.edition === 'datacenter-azure-edition';
    if (entry.hotpatch === 'enabled' && entry.arc === 'none' && !azureEdition) {
      issue('hotpatch', 'hotpatch is enabled through Azure Arc: a machine with arc: none cannot be enrolled');
    }
    if (entry.hotpatch === 'enabled' && entry.vbs !== 'running') {
      issue(
        'hotpatch',
        'enrollment succeeds only while VBS runs (DOMAIN.md 3): start with vbs: running or hotpatch: disabled',
      );
    }
    if (entry.installed && !catalog.get(entry.installed))
      issue('installed', `expected a KB in the release catalog, got ${entry.installed}`);
  });
  return issues;
}

/**
 * The Connected Machine agent of an Arc-enabled machine, connected from the start to its resource
 * in the scenario's `azure` block; `arc: disconnected` starts with the network path down. The
 * scenario names no tenant: a stable one per subscription (ASSUME), and a stable correlation id
 * per machine. The agent draws from the machine's own seeded stream.
 */
function agentFor(
  scenario: Scenario,
  machine: Machine,
  clock: ManualClock,
  random: Random,
  networkUp: boolean,
  tenantId: string,
): ConnectedMachineAgent {
  // Derived on first use: most agents of a large fleet never draw a number or show their resource.
  let stream: Random | undefined;
  let correlationId: string | undefined;
  return new ConnectedMachineAgent(agentHostFor(machine, clock), {
    clock,
    random: () => {
      stream ??= random.split(`machine/${machine.name}/agent`);
      return stream.next();
    },
    resource: {
      tenantId,
      subscriptionId: scenario.azure.subscription,
      resourceGroup: scenario.azure.resourceGroup,
      location: scenario.azure.location,
      name: machine.name,
      cloud: 'AzureCloud',
      get correlationId() {
        correlationId ??= stableGuid(`correlation:${scenario.azure.subscription}/${machine.name}`);
        return correlationId;
      },
    },
    networkUp,
  });
}

/** Builds the world a scenario describes, at the first instant of its period. */
export function buildWorld(scenario: Scenario, options: RunOptions = {}): World {
  const catalog = options.catalog ?? ReleaseCatalog.default();
  const issues = worldIssues(scenario, catalog);
  if (issues.length > 0) throw new ScenarioError(options.file ?? scenario.name, issues);
  const knobs: Knobs = { ...DEFAULT_KNOBS, ...scenario.knobs };
  const start = `${scenario.period.from}-01`;
  const clock = new ManualClock(parseUtc(start));
  const random = Random.fromSeed(options.seed ?? scenario.seed);
  const fleet = new Map<string, FleetMachine>();
  const tenantId = stableGuid(`tenant:${scenario.azure.subscription}`);
  const byTemplate = new Map(scenario.fleet.map((f) => [f.name, f]));
  const perTemplate = new Map<string, { kb: string; hardware: Hardware }>();
  const expanded = expandFleet(scenario.fleet);
  // Only the shard's places: a batch of a large fleet is a shard of many.
  const step = options.shard?.count ?? 1;
  for (let place = (options.shard?.index ?? 1) - 1; place < expanded.length; place += step) {
    const m = expanded[place] as ExpandedMachine;
    const entry = byTemplate.get(m.template) as FleetEntry;
    // One hardware object and starting update per template: machines of a template share them.
    let shared = perTemplate.get(m.template);
    if (!shared) {
      shared = { kb: startingKb(entry, catalog, start), hardware: hardwareOf(entry) };
      perTemplate.set(m.template, shared);
    }
    const { kb } = shared;
    const release = catalog.get(kb);
    const machine = new Machine(
      {
        name: m.name,
        edition: m.edition,
        installation: m.installation,
        hardware: shared.hardware,
        vbs: m.vbs,
        arcAgent: m.arc !== 'none',
        update: { kb, build: release?.build ?? '26100.1742' },
      },
      clock,
    );
    const expires =
      knobs.licenseExpiry === 'always' ||
      (knobs.licenseExpiry === 'random' && random.split(`machine/${m.name}/license`).chance(0.5));
    const fm = new FleetMachine(
      machine,
      m.template,
      m.arc !== 'none',
      m.arc === 'connected',
      m.hotpatch === 'enabled',
      expires,
      clock.now(),
      place,
    );
    if (fm.arcAgent) fm.agent = agentFor(scenario, machine, clock, random, m.arc === 'connected', tenantId);
    fleet.set(m.name, fm);
  }
  const rules = options.rules ?? defaultRules();
  const world: World = {
    clock,
    queue: new EventQueue<WorldTask>(),
    catalog,
    rules,
    knobs,
    ledger: new Ledger(monthsBetween(scenario.period.from, scenario.period.to)),
    fleet,
    mode: scenario.updates.mode,
    plane: buildArmPlane(scenario, fleet, clock, { catalog, rules }),
    planeWakes: new Set(),
  };
  for (const fm of fleet.values()) reconcile(world, fm);
  return world;
}

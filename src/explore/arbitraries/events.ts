import fc from 'fast-check';
import { machineNames } from '../../scenario/expand.js';
import type { ScenarioInput } from '../../scenario/schema.js';
import { type KbRelease, kbArbitrary, releasedBy } from './kbs.js';
import { type RawScript, rawScriptArbitrary, runAction } from './scripts.js';
import { placeTime, type RawTime, timeArbitrary } from './time.js';

/** Template names by slot: plain words, so machine names (`web-01`) never collide with them. */
export const TEMPLATE_NAMES = ['web', 'db', 'app', 'edge', 'file', 'dc'] as const;

/** Every kind of event a timeline can hold: one action each (DESIGN.md scenario format v1). */
export const EVENT_KINDS = [
  'install',
  'restart',
  'hotpatch-enable',
  'hotpatch-disable',
  'playbook-enable-hotpatch',
  'playbook-option-1',
  'playbook-option-2',
  'fault-arc-disconnect',
  'fault-arc-reconnect',
  'fault-himds-stop',
  'fault-restart-fails',
  'run-workaround-script',
  'run-vbs-script',
] as const;
/** One kind of event. */
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * Which machines an event targets: a template by its slot (see TEMPLATE_NAMES; a slot the fleet
 * does not have falls back to a template it has), and a machine of it by index (wrapped around).
 */
export type RawTarget =
  | { readonly all: true }
  | { readonly template: number }
  | { readonly template: number; readonly machine: number };

/**
 * The update an install event names: one of the latest released by then (mostly), or any catalog
 * KB, released or not (the world must cope with both).
 */
export type RawInstall = { readonly recent: number } | { readonly kb: string };

/** An event as drawn: its kind is picked from the kinds the swarm switched on. */
export interface RawEvent {
  readonly kind: number;
  readonly install: RawInstall;
  /** The shipped script should it be a `run:` event (its kind picks the script's family). */
  readonly script: RawScript;
  readonly targets: readonly RawTarget[];
  readonly time: RawTime;
}

const target: fc.Arbitrary<RawTarget> = fc.oneof(
  { withCrossShrink: true },
  { weight: 3, arbitrary: fc.record({ template: fc.nat(5), machine: fc.nat(11) }) },
  { weight: 2, arbitrary: fc.record({ template: fc.nat(5) }) },
  { weight: 2, arbitrary: fc.constant({ all: true } as const) },
);

/** One drawn event: kind index, an update to install or a script to run should it be one, targets, time. */
export function rawEventArbitrary(releases: readonly KbRelease[]): fc.Arbitrary<RawEvent> {
  return fc.record({
    kind: fc.nat(),
    install: fc.oneof(
      { withCrossShrink: true },
      { weight: 3, arbitrary: fc.record({ recent: fc.nat(7) }) as fc.Arbitrary<RawInstall> },
      { weight: 2, arbitrary: fc.record({ kb: kbArbitrary(releases) }) as fc.Arbitrary<RawInstall> },
    ),
    script: rawScriptArbitrary,
    targets: fc.array(target, { minLength: 1, maxLength: 2 }),
    time: timeArbitrary,
  });
}

type ScriptKind = 'run-workaround-script' | 'run-vbs-script';
const FAMILY = { 'run-workaround-script': 'workaround', 'run-vbs-script': 'vbs' } as const;

const ACTIONS: Record<Exclude<EventKind, 'install' | ScriptKind>, Record<string, unknown>> = {
  restart: { restart: true },
  'hotpatch-enable': { hotpatch: 'enable' },
  'hotpatch-disable': { hotpatch: 'disable' },
  'playbook-enable-hotpatch': { playbook: 'enable-hotpatch' },
  'playbook-option-1': { playbook: 'october-2025-workaround-option-1' },
  'playbook-option-2': { playbook: 'october-2025-workaround-option-2' },
  'fault-arc-disconnect': { fault: 'arc-disconnect' },
  'fault-arc-reconnect': { fault: 'arc-reconnect' },
  'fault-himds-stop': { fault: 'himds-stop' },
  'fault-restart-fails': { fault: 'restart-fails' },
};

type Fleet = ScenarioInput['fleet'];
type EventInput = NonNullable<ScenarioInput['events']>[number];

/** Machine names or template names an event's targets resolve to in the fleet ("all" when any says so). */
function resolveTargets(targets: readonly RawTarget[], fleet: Fleet): EventInput['machines'] {
  if (targets.some((t) => 'all' in t)) return 'all';
  const names = targets.map((t) => {
    const slot = (t as { template: number }).template;
    const template = (fleet.find((f) => f.name === TEMPLATE_NAMES[slot]) ??
      fleet[slot % fleet.length]) as Fleet[number];
    if (!('machine' in t)) return template.name;
    const machines = machineNames({ name: template.name, count: template.count ?? 1 });
    return machines[t.machine % machines.length] as string;
  });
  return [...new Set(names)];
}

/** Turns a drawn event into a scenario event, given the swarm's kinds, the fleet and the period. */
export function placeEvent(
  raw: RawEvent,
  kinds: readonly EventKind[],
  fleet: Fleet,
  period: { from: string; to: string },
  releases: readonly KbRelease[],
  others: readonly string[],
): EventInput {
  const kind = kinds[raw.kind % kinds.length] as EventKind;
  const at = placeTime(raw.time, period, others);
  const kb = 'kb' in raw.install ? raw.install.kb : releasedBy(releases, at.slice(0, 10), raw.install.recent);
  const action =
    kind === 'install'
      ? { install: kb }
      : kind in FAMILY
        ? runAction(FAMILY[kind as ScriptKind], raw.script)
        : ACTIONS[kind as keyof typeof ACTIONS];
  return { at, machines: resolveTargets(raw.targets, fleet), ...action } as EventInput;
}

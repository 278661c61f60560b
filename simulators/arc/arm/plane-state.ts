import { invariant } from '../../shared/invariant.js';
import { MinHeap } from '../../shared/min-heap.js';
import type { SubscriptionStatus } from '../license-profile.js';
import { AgentStatuses, type SeenStatus } from './agent-status.js';
import type { ArcMachineFacts, ArcMachineSource } from './machine-source.js';
import { type ArmOperation, settle } from './operations.js';
import type { ProfileResource } from './profile-resource.js';
import type { ArmStateChange } from './state-change.js';

/**
 * What the control plane owns and how it moves on virtual time: license profiles, operations and
 * the agent status it last saw per machine. Nothing moves by itself: `advance(now)` brings it all
 * to `now`; `advanceMachine` brings one machine (what a change to that machine needs) and
 * `advanceDue` only what falls due by `now`, so that in a large fleet one machine's change costs
 * nothing for the others, and what happens to a machine depends on that machine alone. Every
 * change is recorded for the next tick.
 */
export class PlaneState {
  readonly profiles = new Map<string, ProfileResource>();
  readonly operations = new Map<string, ArmOperation>();
  readonly #agents = new AgentStatuses();
  /** Pending hotpatch changes by when they fall due; stale entries are skipped when popped. */
  readonly #due = new MinHeap<ProfileResource>();
  /** Machines whose agent status Azure will change by itself (heartbeats stopped or resumed). */
  readonly #statusDue = new MinHeap<string>();
  /** Operations still in progress, by machine. */
  readonly #open = new Map<string, Set<ArmOperation>>();
  readonly #scheduled = new WeakMap<ProfileResource, number>();
  readonly #statusScheduled = new Map<string, number>();
  #newDue: number[] = [];
  #index: { from: readonly ArcMachineFacts[]; byName: Map<string, [ArcMachineFacts, number]> } | undefined;
  #changes: ArmStateChange[] = [];
  #last: number;

  constructor(
    private readonly source: ArcMachineSource,
    /** The plane's resource group, for machines that name none. */
    private readonly defaultGroup: string,
    startedAt: number,
  ) {
    this.#last = startedAt;
    // The fleet is first seen when the plane starts: statuses date from then (INFER).
    for (const facts of source.machines()) this.#observe(facts, startedAt);
  }

  /** The machine a name resolves to (ARM names are case-insensitive), in a resource group or any. */
  machine(name: string, group?: string): ArcMachineFacts | undefined {
    const facts = this.#lookup(name)?.[0];
    return facts && (group === undefined || this.inGroup(facts, group)) ? facts : undefined;
  }

  /** Every machine of the fleet, as the source reads it now. */
  allMachines(): readonly ArcMachineFacts[] {
    return this.source.machines();
  }

  /** True when a machine lives in the resource group (names compare without case). */
  inGroup(machine: ArcMachineFacts, group: string): boolean {
    return (machine.resourceGroup ?? this.defaultGroup).toLowerCase() === group.toLowerCase();
  }

  /** Brings everything to `now`: every machine's agent status, pending enrollments, operations, deletions. */
  advance(now: number): void {
    this.#moveTo(now);
    const machines = this.source.machines();
    for (const facts of machines) this.#observe(facts, now);
    let byName: Map<string, ArcMachineFacts> | undefined;
    for (const profile of this.profiles.values()) {
      // Only a change that is due can move; the others need no look at the machine.
      const due = profile.hotpatch.dueAt();
      if (due === undefined || now < due) continue;
      byName ??= new Map(machines.map((m) => [m.name.toLowerCase(), m]));
      this.#advanceProfile(profile, byName.get(profile.machine.toLowerCase()), now);
    }
    for (const op of [...this.operations.values()]) this.settleOperation(op, now);
  }

  /** Brings one machine to `now` (after a change to it): its agent status, its profile, its operations. */
  advanceMachine(now: number, name: string): void {
    this.#moveTo(now);
    const facts = this.machine(name);
    if (facts) this.#observe(facts, now);
    const profile = this.profiles.get(name.toLowerCase());
    if (profile && profile.hotpatch.dueAt() !== undefined && now >= (profile.hotpatch.dueAt() as number))
      this.#advanceProfile(profile, facts, now);
    this.#settleOpen(name, now);
  }

  /**
   * Brings to `now` only what falls due by then: agent statuses Azure changes by itself and pending
   * enrollments, in order of time and then of the machines' order in the fleet. A change that is
   * due but cannot move yet waits for its machine to change ({@link advanceMachine}).
   */
  advanceDue(now: number): void {
    this.#moveTo(now);
    for (;;) {
      const status = this.#statusDue.peek();
      const profile = this.#due.peek();
      const statusFirst = status !== undefined && (profile === undefined || status.at <= profile.at);
      const next = statusFirst ? status : profile;
      if (next === undefined || next.at > now) return;
      if (statusFirst) this.#statusFallsDue();
      else this.#profileFallsDue(now);
    }
  }

  /** Azure's view of an agent changes by itself: the machine moves as if it had changed then. */
  #statusFallsDue(): void {
    const next = this.#statusDue.pop();
    if (!next || this.#statusScheduled.get(next.value) !== next.at) return;
    this.#statusScheduled.delete(next.value);
    const facts = this.machine(next.value);
    if (!facts) return;
    this.#observe(facts, next.at);
    const profile = this.profiles.get(next.value);
    const due = profile?.hotpatch.dueAt();
    if (profile && due !== undefined && due <= next.at) this.#advanceProfile(profile, facts, next.at);
    this.#settleOpen(next.value, next.at);
  }

  #profileFallsDue(now: number): void {
    const next = this.#due.pop();
    if (!next) return;
    const profile = next.value;
    if (this.#scheduled.get(profile) !== next.at) return;
    this.#scheduled.delete(profile);
    if (this.profiles.get(profile.machine.toLowerCase()) !== profile) return;
    this.#advanceProfile(profile, this.machine(profile.machine), now);
    this.#settleOpen(profile.machine, now);
  }

  /** When the next change that falls due by itself is due, after `after` (a full scan, for tests and tools). */
  nextDueAt(after: number): number | undefined {
    let next: number | undefined;
    const consider = (due: number | undefined) => {
      if (due !== undefined && due > after && (next === undefined || due < next)) next = due;
    };
    for (const profile of this.profiles.values()) consider(profile.hotpatch.dueAt());
    for (const due of this.#statusScheduled.values()) consider(due);
    return next;
  }

  /** The instants changes were newly scheduled for since the last call (the engine wakes the plane then). */
  drainScheduled(): readonly number[] {
    const due = this.#newDue;
    if (due.length === 0) return NO_INSTANTS;
    this.#newDue = [];
    return due;
  }

  /** Keeps an operation in the set of those still in progress, or drops it once it ended. */
  track(op: ArmOperation): void {
    const key = op.resource.machine.toLowerCase();
    const open = this.#open.get(key);
    if (op.status === 'InProgress') {
      if (open) open.add(op);
      else this.#open.set(key, new Set([op]));
    } else if (open) {
      open.delete(op);
      if (open.size === 0) this.#open.delete(key);
    }
  }

  #moveTo(now: number): void {
    invariant(now >= this.#last, () => `the control plane cannot go back from ${this.#last} to ${now}`);
    this.#last = now;
  }

  #advanceProfile(profile: ProfileResource, facts: ArcMachineFacts | undefined, now: number): void {
    const before = profile.hotpatch.state.status;
    // A machine gone from the fleet cannot take a change: it stays pending (INFER).
    profile.hotpatch.advance(now, {
      connected: facts?.connected ?? false,
      vbsRunning: facts?.vbsRunning ?? false,
      blocked: facts?.licensingBlocked ?? false,
    });
    this.noteHotpatch(profile, before, now);
  }

  #settleOpen(name: string, now: number): void {
    const open = this.#open.get(name.toLowerCase());
    if (open) for (const op of [...open]) this.settleOperation(op, now);
  }

  #observe(facts: ArcMachineFacts, now: number): SeenStatus {
    const seen = this.#agents.observe(facts, now, this.#changes);
    const due = facts.statusDueAt;
    const key = facts.name.toLowerCase();
    if (due !== undefined && due > now && this.#statusScheduled.get(key) !== due) {
      this.#statusScheduled.set(key, due);
      this.#statusDue.push(due, this.#lookup(key)?.[1] ?? 0, key);
      this.#newDue.push(due);
    } else if (due === undefined) this.#statusScheduled.delete(key);
    return seen;
  }

  /** Schedules a profile's pending change (once per instant). */
  #schedule(profile: ProfileResource, now: number): void {
    const due = profile.hotpatch.dueAt();
    if (due === undefined || due <= now || this.#scheduled.get(profile) === due) return;
    this.#scheduled.set(profile, due);
    this.#due.push(due, this.#lookup(profile.machine)?.[1] ?? 0, profile);
    this.#newDue.push(due);
  }

  #lookup(name: string): [ArcMachineFacts, number] | undefined {
    const machines = this.source.machines();
    if (this.#index?.from !== machines || this.#index.byName.size > machines.length) {
      const byName = new Map<string, [ArcMachineFacts, number]>();
      machines.forEach((m, i) => {
        const key = m.name.toLowerCase();
        if (!byName.has(key)) byName.set(key, [m, i]);
      });
      this.#index = { from: machines, byName };
    }
    const hit = this.#index.byName.get(name.toLowerCase());
    if (hit || this.#index.byName.size === machines.length) return hit;
    // A source over a mutable array may have grown: index it again.
    this.#index = undefined;
    return this.#lookup(name);
  }

  /** Ends an operation whose resource has settled; a finished DELETE removes its resource. */
  settleOperation(op: ArmOperation, now: number): void {
    const resource = op.resource;
    const gone = op.target === 'Deleted' && resource.deleting && !resource.pending;
    if (gone && this.profiles.get(resource.machine.toLowerCase()) === resource) {
      this.profiles.delete(resource.machine.toLowerCase());
      this.noteHotpatch(resource, resource.hotpatch.state.status, now, 'None');
    }
    const settled = settle(op, now, gone);
    this.track(op);
    if (!settled) return;
    const { status, error } = op;
    if (status === 'InProgress') return;
    if (op.target !== 'Deleted') resource.provisioningState = status;
    this.#changes.push({
      at: now,
      machine: resource.machine,
      kind: 'operation',
      operationId: op.id,
      to: status,
      ...(error && { error }),
    });
  }

  /** Records a Hotpatch status change of a profile, if there was one. */
  noteHotpatch(profile: ProfileResource, from: SubscriptionStatus | 'None', at: number, to?: 'None'): void {
    if (!to) this.#schedule(profile, at);
    const now = to ?? profile.hotpatch.state.status;
    if (now === from) return;
    const error = to ? undefined : profile.hotpatch.state.error;
    this.#changes.push({
      at,
      machine: profile.machine,
      kind: 'hotpatch',
      from,
      to: now,
      ...(error && { error }),
    });
  }

  /** The agent status ARM shows for a machine and when it last changed. */
  status(facts: ArcMachineFacts): SeenStatus {
    return this.#agents.get(facts) ?? this.#observe(facts, this.#last);
  }

  /** Hands over the changes recorded since the last call. */
  drain(): readonly ArmStateChange[] {
    const changes = this.#changes;
    // Most ticks change nothing: they all hand over one frozen empty list.
    if (changes.length === 0) return NO_CHANGES;
    this.#changes = [];
    return changes;
  }
}

const NO_CHANGES: readonly ArmStateChange[] = Object.freeze([]);
const NO_INSTANTS: readonly number[] = Object.freeze([]);

import { invariant } from '../../shared/invariant.js';
import type { SubscriptionStatus } from '../license-profile.js';
import { AgentStatuses, type SeenStatus } from './agent-status.js';
import type { ArcMachineFacts, ArcMachineSource } from './machine-source.js';
import { type ArmOperation, settle } from './operations.js';
import type { ProfileResource } from './profile-resource.js';
import type { ArmStateChange } from './state-change.js';

/**
 * What the control plane owns and how it moves on virtual time: license profiles, operations and
 * the agent status it last saw per machine. Nothing moves by itself; `advance(now)` brings it all
 * to `now` and records every change for the next tick.
 */
export class PlaneState {
  readonly profiles = new Map<string, ProfileResource>();
  readonly operations = new Map<string, ArmOperation>();
  readonly #agents = new AgentStatuses();
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
    for (const facts of source.machines()) this.#agents.observe(facts, startedAt, this.#changes);
  }

  /** The machine a name resolves to (ARM names are case-insensitive), in a resource group or any. */
  machine(name: string, group?: string): ArcMachineFacts | undefined {
    const wanted = name.toLowerCase();
    return this.source
      .machines()
      .find((m) => m.name.toLowerCase() === wanted && (group === undefined || this.inGroup(m, group)));
  }

  /** Every machine of the fleet, as the source reads it now. */
  allMachines(): readonly ArcMachineFacts[] {
    return this.source.machines();
  }

  /** True when a machine lives in the resource group (names compare without case). */
  inGroup(machine: ArcMachineFacts, group: string): boolean {
    return (machine.resourceGroup ?? this.defaultGroup).toLowerCase() === group.toLowerCase();
  }

  /** Brings the state to `now`: agent statuses, pending enrollments, operations, deletions. */
  advance(now: number): void {
    invariant(now >= this.#last, `the control plane cannot go back from ${this.#last} to ${now}`);
    this.#last = now;
    const machines = this.source.machines();
    for (const facts of machines) this.#agents.observe(facts, now, this.#changes);
    let byName: Map<string, ArcMachineFacts> | undefined;
    for (const profile of this.profiles.values()) {
      // Only a change that is due can move; the others need no look at the machine.
      const due = profile.hotpatch.dueAt();
      if (due === undefined || now < due) continue;
      byName ??= new Map(machines.map((m) => [m.name.toLowerCase(), m]));
      const facts = byName.get(profile.machine.toLowerCase());
      const before = profile.hotpatch.state.status;
      // A machine gone from the fleet cannot take a change: it stays pending (INFER).
      profile.hotpatch.advance(now, {
        connected: facts?.connected ?? false,
        vbsRunning: facts?.vbsRunning ?? false,
        blocked: facts?.licensingBlocked ?? false,
      });
      this.noteHotpatch(profile, before, now);
    }
    for (const op of this.operations.values()) this.settleOperation(op, now);
  }

  /** Ends an operation whose resource has settled; a finished DELETE removes its resource. */
  settleOperation(op: ArmOperation, now: number): void {
    const resource = op.resource;
    const gone = op.target === 'Deleted' && resource.deleting && !resource.pending;
    if (gone && this.profiles.get(resource.machine.toLowerCase()) === resource) {
      this.profiles.delete(resource.machine.toLowerCase());
      this.noteHotpatch(resource, resource.hotpatch.state.status, now, 'None');
    }
    if (!settle(op, now, gone)) return;
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
    return this.#agents.get(facts) ?? this.#agents.observe(facts, this.#last, this.#changes);
  }

  /** Hands over the changes recorded since the last call. */
  drain(): ArmStateChange[] {
    const changes = this.#changes;
    this.#changes = [];
    return changes;
  }
}

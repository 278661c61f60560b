import type { ArcMachineFacts } from './machine-source.js';
import type { MachineStatus } from './machine-view.js';
import type { ArmStateChange } from './state-change.js';

/** The agent status ARM shows for a machine, and since when. */
export interface SeenStatus {
  status: MachineStatus;
  since: number;
}

/**
 * The agent status the control plane last saw per machine: Connected while the agent heartbeats,
 * Disconnected otherwise (DOMAIN 4). ARM's `lastStatusChange` is when the plane saw it change.
 */
export class AgentStatuses {
  readonly #seen = new Map<string, SeenStatus>();

  /** The status now; a change is pushed to `changes` (not on a machine's first sighting). */
  observe(facts: ArcMachineFacts, now: number, changes: ArmStateChange[]): SeenStatus {
    const key = facts.name.toLowerCase();
    const status: MachineStatus = facts.connected ? 'Connected' : 'Disconnected';
    const seen = this.#seen.get(key);
    if (!seen) {
      // INFER: a machine first seen disconnected changed status at its last heartbeat.
      const since = !facts.connected && facts.lastHeartbeat !== undefined ? facts.lastHeartbeat : now;
      const first = { status, since };
      this.#seen.set(key, first);
      return first;
    }
    if (seen.status !== status) {
      // The source may know the exact instant (the agent's heartbeats); never before the last change.
      const exact = facts.statusSince;
      const at = exact !== undefined && exact <= now && exact >= seen.since ? exact : now;
      changes.push({ at, machine: facts.name, kind: 'machine-status', from: seen.status, to: status });
      seen.status = status;
      seen.since = at;
    }
    return seen;
  }

  /** The last status seen, if the machine was seen. */
  get(facts: ArcMachineFacts): SeenStatus | undefined {
    return this.#seen.get(facts.name.toLowerCase());
  }
}

import type { HeartbeatRun } from './heartbeat-runs.js';

/** The agent status Azure shows (DOC: Connected, or Disconnected once heartbeats stop). */
export type AzureStatus = 'Connected' | 'Disconnected';

/**
 * Something Azure saw change for this machine:
 * - `status`: the machine went Disconnected (no heartbeat for the timeout) or Connected again (a heartbeat);
 * - `resource-created`: `azcmagent connect` created the resource, Connected at once;
 * - `resource-removed`: `azcmagent disconnect` removed the agent's link; the resource is deleted
 *   in Azure unless `--force-local-only` was given (DOC).
 */
export type AgentChange =
  | { readonly at: number; readonly kind: 'status'; readonly from: AzureStatus; readonly to: AzureStatus }
  | { readonly at: number; readonly kind: 'resource-created'; readonly resourceId: string }
  | {
      readonly at: number;
      readonly kind: 'resource-removed';
      readonly resourceId: string;
      readonly deletedInAzure: boolean;
    };

/**
 * What happened since the last tick: the heartbeats Azure received, as evenly spaced runs
 * (`heartbeatTimes` expands them), and what changed, both in time order.
 */
export interface AgentTick {
  readonly heartbeats: HeartbeatRun[];
  readonly changes: AgentChange[];
}

/** An empty tick to collect into. */
export const emptyTick = (): AgentTick => ({ heartbeats: [], changes: [] });

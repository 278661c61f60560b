import type { Clock } from '../../shared/clock.js';
import { invariant } from '../../shared/invariant.js';
import { type AgentChange, type AgentTick, type AzureStatus, emptyTick } from './agent-change.js';
import type { AgentHost } from './agent-host.js';
import { AgentLog } from './agent-log.js';
import { AGENT_VERSION } from './agent-version.js';
import { HeartbeatMonitor } from './heartbeat-monitor.js';
import { ChallengeKeys } from './himds/challenge-keys.js';
import type { RandomSource } from './random-ids.js';
import { type ArcResource, resourceIdOf } from './resource.js';
import { DEFAULT_DISCONNECT_AFTER_MS, HEARTBEAT_INTERVAL_MS } from './timing.js';

/** How an agent starts. */
export interface AgentOptions {
  readonly clock: Clock;
  /** The machine's seeded random stream (challenge keys, token ids); never Math.random. */
  readonly random: RandomSource;
  /** The resource the agent is connected to at the start; absent: installed, never connected. */
  readonly resource?: ArcResource;
  /** The network path to Azure is up (default true); the harness flips it with `setNetworkUp`. */
  readonly networkUp?: boolean;
  /** The last heartbeat before the start, for an agent that starts with the network down. */
  readonly lastHeartbeat?: number;
  /** ASSUME knob: how long Azure waits before it shows Disconnected (default 15 minutes). */
  readonly disconnectAfterMs?: number;
  readonly version?: string;
}

/**
 * The Azure Connected Machine agent on one machine: its connection to a resource, its heartbeats
 * and Azure's view of them, its logs, and the challenge keys of its identity endpoint.
 *
 * The agent is passive: `tick(now)` brings it to `now`. A tick first runs the period since the last
 * one under the state seen then, then looks at the machine: a boot since the last tick is placed at
 * its own instant (himds stops at shutdown and starts with the boot), any other change of himds is
 * placed at `now`. So the harness ticks the agent right after it stops a service; network changes,
 * connect and disconnect catch up by themselves. Nothing a tick finds is lost: changes made between
 * ticks are carried into the next tick's answer.
 */
export class ConnectedMachineAgent {
  readonly version: string;
  readonly log: AgentLog;
  readonly keys: ChallengeKeys;
  readonly clock: Clock;
  readonly #monitor: HeartbeatMonitor;
  #resource: ArcResource | undefined;
  #bootAt: number;
  #boots: number | undefined;
  #himdsRunning: boolean;
  #carry: AgentTick = emptyTick();
  /** The fields of every `himds service started` line, one object for all of them. */
  readonly #startedFields: Readonly<Record<string, string>>;

  constructor(
    readonly host: AgentHost,
    options: AgentOptions,
  ) {
    this.clock = options.clock;
    this.version = options.version ?? AGENT_VERSION;
    this.log = new AgentLog(() => host.disk, options.clock);
    this.#startedFields = { version: this.version };
    this.keys = new ChallengeKeys(host, options.random);
    const now = options.clock.now();
    invariant(
      options.resource === undefined || this.isInstalled,
      () => `${host.name}: no agent is installed to connect`,
    );
    this.#resource = options.resource;
    this.#bootAt = host.bootedAt();
    this.#boots = host.boots?.();
    this.#himdsRunning = host.serviceStatus('himds') === 'Running';
    const networkUp = options.networkUp ?? true;
    const up = this.#resource !== undefined && this.#himdsRunning;
    const timeout = options.disconnectAfterMs ?? DEFAULT_DISCONNECT_AFTER_MS;
    // Heartbeating since the boot: the last one fell on the latest whole interval (INFER).
    const last =
      up && networkUp
        ? this.#bootAt + Math.floor((now - this.#bootAt) / HEARTBEAT_INTERVAL_MS) * HEARTBEAT_INTERVAL_MS
        : options.lastHeartbeat;
    const azure: AzureStatus | undefined =
      this.#resource === undefined
        ? undefined
        : last !== undefined && now - last < timeout
          ? 'Connected'
          : 'Disconnected';
    this.#monitor = new HeartbeatMonitor(
      { at: now, up, networkUp, phase: this.#bootAt, lastHeartbeat: last, azure },
      HEARTBEAT_INTERVAL_MS,
      timeout,
      this.log,
    );
  }

  /** The agent's services exist on the machine (`azcmagent` is on the PATH only then). */
  get isInstalled(): boolean {
    return this.host.serviceStatus('himds') !== undefined;
  }

  /** The resource the agent is connected to; undefined before connect and after disconnect. */
  get resource(): ArcResource | undefined {
    return this.#resource;
  }

  /** The resource id, when connected to one. */
  get resourceId(): string | undefined {
    return this.#resource && resourceIdOf(this.#resource);
  }

  /** The machine's network path to Azure is up (the harness's switch). */
  get networkUp(): boolean {
    return this.#monitor.networkUp;
  }

  /** himds runs, as the machine says now. */
  get himdsRunning(): boolean {
    return this.host.serviceStatus('himds') === 'Running';
  }

  /** The last heartbeat Azure received, as of the last tick. */
  get lastHeartbeat(): number | undefined {
    return this.#monitor.lastHeartbeat;
  }

  /** The status Azure shows, as of the last tick; undefined when there is no resource. */
  get azureStatus(): AzureStatus | undefined {
    return this.#monitor.azure;
  }

  /**
   * When the status Azure shows last changed, or was first set (at the agent's start, or at the
   * first heartbeat after a connect), as of the last tick; undefined when there is no status.
   */
  get azureStatusSince(): number | undefined {
    return this.#monitor.azureSince;
  }

  /**
   * Brings the agent to `now`, then tells when the status Azure shows will next change if nothing
   * else changes: the timeout after the last heartbeat while Connected and heartbeats no longer
   * arrive; the next heartbeat while Disconnected with himds running and the network up;
   * undefined otherwise.
   */
  nextAzureStatusChangeAt(now: number = this.clock.now()): number | undefined {
    this.#sync(now);
    return this.#monitor.nextAzureChangeAt();
  }

  /**
   * The agent's own view (`Agent Status` in azcmagent show): Connected while it has a resource,
   * himds runs and its last heartbeat got through (INFER).
   */
  get localStatus(): AzureStatus {
    return this.#resource !== undefined && this.#monitor.lastTryOk ? 'Connected' : 'Disconnected';
  }

  /** Brings the agent to `now`; returns the heartbeats and changes since the last tick. */
  tick(now: number = this.clock.now()): AgentTick {
    this.sync(now);
    const out = this.#carry;
    this.#carry = emptyTick();
    return out;
  }

  /**
   * Brings the agent to `now` without taking what happened: the next tick still returns it. Whatever
   * reads the agent's state at an instant (azcmagent, HIMDS) syncs first.
   */
  sync(now: number = this.clock.now()): void {
    this.#sync(now);
  }

  /** The harness takes the network path to Azure down or up, now. */
  setNetworkUp(up: boolean): void {
    this.#sync(this.clock.now());
    this.#monitor.setNetwork(up);
  }

  /** Connects to a resource now (what `azcmagent connect` does once its checks passed). */
  attach(resource: ArcResource): void {
    const now = this.clock.now();
    this.#sync(now);
    invariant(this.#resource === undefined, () => `${this.host.name}: the agent is already connected`);
    this.#resource = resource;
    this.#carry.changes.push({ at: now, kind: 'resource-created', resourceId: resourceIdOf(resource) });
    this.log.himds(now, 'info', 'Machine connected to Azure', { resourceId: resourceIdOf(resource) });
    this.#monitor.attach();
    if (this.#himdsRunning) this.#monitor.start(this.#carry);
  }

  /** Drops the resource now (what `azcmagent disconnect` does); returns it. */
  detach(deletedInAzure: boolean): ArcResource {
    const now = this.clock.now();
    this.#sync(now);
    const resource = this.#resource;
    invariant(resource !== undefined, () => `${this.host.name}: the agent is not connected`);
    this.#resource = undefined;
    const change: AgentChange = {
      at: now,
      kind: 'resource-removed',
      resourceId: resourceIdOf(resource),
      deletedInAzure,
    };
    this.#carry.changes.push(change);
    this.log.himds(now, 'info', 'Machine disconnected from Azure', { resourceId: resourceIdOf(resource) });
    this.#monitor.detach();
    return resource;
  }

  #sync(now: number): void {
    // One look at the service per sync (a registry read): nothing in here changes it.
    const status = this.host.serviceStatus('himds');
    if (status === undefined) return; // the agent is not installed
    const running = status === 'Running';
    const out = this.#carry;
    const bootAt = this.host.bootedAt();
    const boots = this.host.boots?.();
    if (bootAt !== this.#bootAt || boots !== this.#boots) {
      // A restart: every service stopped at shutdown and the Automatic ones started (DOC: SCM).
      this.#monitor.advance(bootAt, out);
      if (this.#himdsRunning) this.log.himds(bootAt, 'info', 'himds service stopping: system shutdown');
      this.#monitor.stop();
      this.#bootAt = bootAt;
      this.#boots = boots;
      this.#himdsRunning = false;
      if (running) this.#started(bootAt, out);
    }
    this.#monitor.advance(now, out);
    if (running === this.#himdsRunning) return;
    if (running) this.#started(now, out);
    else {
      this.log.himds(now, 'info', 'himds service stopped');
      this.#monitor.stop();
      this.#himdsRunning = false;
    }
  }

  #started(at: number, out: AgentTick): void {
    this.#himdsRunning = true;
    this.log.himds(at, 'info', 'himds service started', this.#startedFields);
    if (this.#resource !== undefined) this.#monitor.start(out);
  }
}

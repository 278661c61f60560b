import type { Clock } from '../../shared/clock.js';
import { stableGuid } from '../../shared/stable-id.js';
import type { ArmRequest, ArmResponse } from './arm-message.js';
import { dispatch } from './dispatch.js';
import { serveFetch } from './fetch-transport.js';
import { type ArmOperation, type OperationKind, operationId } from './operations.js';
import {
  type ArmPlaneOptions,
  DEFAULT_PAGE_SIZE,
  DEFAULT_RETRY_AFTER_SECONDS,
  DEFAULT_SUPPORTED_LOCATIONS,
} from './plane-options.js';
import { PlaneState } from './plane-state.js';
import { ProfileResource } from './profile-resource.js';
import type { ArmStateChange } from './state-change.js';

/**
 * The emulated Azure Resource Manager for Microsoft.HybridCompute: machines read from the fleet,
 * the license profiles and long-running operations it owns. Time never moves inside it: each request
 * and each {@link tick} brings the state to the clock's (or the given) time first.
 */
export class ArmPlane {
  readonly clock: Clock;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly location: string;
  readonly supportedLocations: readonly string[];
  readonly pageSize: number;
  readonly retryAfterSeconds: number;
  readonly state: PlaneState;
  readonly #groups: readonly string[];
  #operations = 0;
  #requests = 0;

  constructor(options: ArmPlaneOptions) {
    this.clock = options.clock;
    this.subscriptionId = options.subscriptionId;
    this.resourceGroup = options.resourceGroup;
    this.location = options.location;
    const locations = options.supportedLocations ?? DEFAULT_SUPPORTED_LOCATIONS;
    this.supportedLocations = locations.includes(this.location) ? locations : [...locations, this.location];
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.retryAfterSeconds = options.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
    this.#groups = [options.resourceGroup, ...(options.resourceGroups ?? [])];
    this.state = new PlaneState(options.source, options.resourceGroup, this.clock.now());
    for (const [name, initial] of Object.entries(options.profiles ?? {})) {
      const group = this.state.machine(name)?.resourceGroup ?? this.resourceGroup;
      this.state.profiles.set(name.toLowerCase(), new ProfileResource(name, group, this.location, initial));
    }
  }

  /**
   * Serves one ARM request, synchronously, over plain records: routing, authentication,
   * api-version checks, validation and the handlers. Every transport ends here (msw and node:http
   * through {@link handleArmRequest} or the server; the engine calls it directly).
   */
  handle(request: ArmRequest): ArmResponse {
    return dispatch(this, request, stableGuid(`arm-request-${++this.#requests}`));
  }

  /**
   * Serves one Fetch request: reads its body (Fetch bodies are read asynchronously), then
   * {@link handle}, then converts the answer to a Fetch `Response`.
   */
  handleArmRequest(request: Request): Promise<Response> {
    return serveFetch(request, (r) => this.handle(r));
  }

  /**
   * Brings the state to `now` (default: the clock's time) and returns every change since the last
   * tick, in order, requests' changes included. Time never runs backwards: a later request must not
   * read an earlier time from the clock than a tick was given.
   */
  tick(now: number = this.clock.now()): readonly ArmStateChange[] {
    this.state.advance(now);
    return this.state.drain();
  }

  /** Like {@link tick}, for one machine that changed: the others are not looked at. */
  tickMachine(machine: string, now: number = this.clock.now()): readonly ArmStateChange[] {
    this.state.advanceMachine(now, machine);
    return this.state.drain();
  }

  /** Like {@link tick}, for only what falls due by `now` (see PlaneState.advanceDue). */
  tickDue(now: number = this.clock.now()): readonly ArmStateChange[] {
    this.state.advanceDue(now);
    return this.state.drain();
  }

  /**
   * When the next pending change may move. With `after`, only changes due later than it: one
   * already due that did not move waits for its machine to change.
   */
  nextDueAt(after = Number.NEGATIVE_INFINITY): number | undefined {
    return this.state.nextDueAt(after);
  }

  /** The instants the plane scheduled changes for since the last call: tick then ({@link tickDue}). */
  drainScheduled(): readonly number[] {
    return this.state.drainScheduled();
  }

  /** The license profile of a machine, if one exists. */
  profile(machine: string): ProfileResource | undefined {
    return this.state.profiles.get(machine.toLowerCase());
  }

  /** The resource group as the plane spells it, or undefined when it does not exist. */
  group(name: string): string | undefined {
    const known = [...this.#groups, ...this.#machineGroups()];
    return known.find((g) => g.toLowerCase() === name.toLowerCase());
  }

  /** Starts a long-running operation; one with nothing to wait for ends at once. */
  startOperation(
    kind: OperationKind,
    resource: ProfileResource,
    target: ArmOperation['target'],
    apiVersion: string,
    creating = false,
  ): ArmOperation {
    const now = this.clock.now();
    const id = operationId(++this.#operations);
    const op: ArmOperation = { id, kind, resource, target, startTime: now, apiVersion, status: 'InProgress' };
    this.state.operations.set(op.id, op);
    // INFER (ARM RPC): the resource shows the operation under way until it ends.
    resource.provisioningState = kind === 'delete' ? 'Deleting' : creating ? 'Creating' : 'Updating';
    this.state.settleOperation(op, now);
    return op;
  }

  #machineGroups(): string[] {
    return this.state.allMachines().flatMap((m) => (m.resourceGroup ? [m.resourceGroup] : []));
  }
}

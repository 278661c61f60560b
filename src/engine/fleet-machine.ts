import type { ConnectedMachineAgent } from '../../simulators/arc/agent/index.js';
import type { ArmPlane } from '../../simulators/arc/arm/index.js';
import type { HotpatchLicense } from '../../simulators/arc/index.js';
import type { Machine } from '../../simulators/machine/index.js';

/** A machine without a license profile: not enrolled. */
const NO_PROFILE = { state: { status: 'Disabled' } } as const satisfies { state: HotpatchLicense };

/** The harness's view of one fleet member: the machine and what Azure and licensing hold of it. */
export class FleetMachine {
  /** The emulated control plane that holds the machine's license profile (set by buildWorld). */
  #plane: ArmPlane | undefined;
  /** The machine's network path to Azure is up (the arc-disconnect fault takes it down). */
  networkUp: boolean;
  /** The hotpatch license expired under the October 2025 licensing issue. */
  licenseExpired = false;
  /** The licensing issue has hit this machine once (the mutex was written then). */
  licensingIssueSeen = false;
  /**
   * The last update installed (taken effect or staged) that is not a release keeping the hotpatch
   * line (KB5070893): the one that decides whether the machine is on the line, since such a
   * release does not bring back a machine an earlier update took off it (DOMAIN.md 5, 6A).
   * At first, the update the machine started on.
   */
  lineKb: string;
  /** The restart-fails fault: the next restart attempt fails. */
  restartFailsNext = false;
  /**
   * The emulated Connected Machine agent on an Arc-enabled machine (set by buildWorld); undefined
   * for `arc: none`. It gives scripts `azcmagent` and writes the agent's logs to the machine's disk.
   */
  agent: ConnectedMachineAgent | undefined;

  constructor(
    readonly machine: Machine,
    /** The fleet template the machine came from. */
    readonly template: string,
    /** The Connected Machine agent is installed (Arc-enabled). */
    readonly arcAgent: boolean,
    connected: boolean,
    /** The scenario enrolls it from the start (`hotpatch: enabled`): the plane is seeded so. */
    readonly enrolledAtStart: boolean,
    /** Under licenseExpiry=random, this machine's draw; otherwise the knob's fixed answer. */
    readonly expiresUnderIssue: boolean,
    /** When the run started (the enrollment date of a machine enrolled from the start). */
    readonly startedAt: number,
    /** Its place in the whole fleet, from 0 (the report orders by it; shards are dealt by it). */
    readonly place = 0,
  ) {
    this.networkUp = connected;
    this.lineKb = machine.os.kb ?? 'RTM';
  }

  /** Links the machine to the control plane that holds its license profile (once, by buildWorld). */
  linkPlane(plane: ArmPlane): void {
    this.#plane = plane;
  }

  /**
   * The machine's license profile as the emulated control plane holds it, read-only (changes go
   * through the ARM API: licensing.ts `requestHotpatch`). No profile reads as Disabled, but for
   * Azure Edition: it has hotpatch without Arc (DOC), so the plane holds no profile for it and the
   * scenario's `hotpatch:` stands, as nothing can change it.
   */
  get profile(): { readonly state: HotpatchLicense } {
    const held = this.#plane?.profile(this.name)?.hotpatch;
    if (held) return held;
    if (this.azureEdition && this.enrolledAtStart) {
      return {
        state: { status: 'Enabled', enrollmentDate: this.startedAt, billingStartDate: this.startedAt },
      };
    }
    return NO_PROFILE;
  }

  get name(): string {
    return this.machine.name;
  }

  /** Azure Edition: hotpatch on by default, no Arc needed, not hit by the licensing issue (DOC). */
  get azureEdition(): boolean {
    return this.machine.edition === 'datacenter-azure-edition';
  }

  /** The agent heartbeats: installed, network up, and himds running. */
  get connected(): boolean {
    return this.arcAgent && this.networkUp && this.machine.services.isRunning('himds');
  }

  /** VirtualizationBasedSecurityStatus is 2. */
  get vbsRunning(): boolean {
    return this.machine.boot.vbs.status === 2;
  }
}

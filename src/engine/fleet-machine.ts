import { LicenseProfile } from '../../simulators/arc/index.js';
import type { Machine } from '../../simulators/machine/index.js';

/** The harness's view of one fleet member: the machine and what Azure and licensing hold of it. */
export class FleetMachine {
  /** The machine's license profile in the emulated Arc control plane. */
  readonly profile: LicenseProfile;
  /** The machine's network path to Azure is up (the arc-disconnect fault takes it down). */
  networkUp: boolean;
  /** The hotpatch license expired under the October 2025 licensing issue. */
  licenseExpired = false;
  /** The licensing issue has hit this machine once (the mutex was written then). */
  licensingIssueSeen = false;
  /** The restart-fails fault: the next restart attempt fails. */
  restartFailsNext = false;

  constructor(
    readonly machine: Machine,
    /** The fleet template the machine came from. */
    readonly template: string,
    /** The Connected Machine agent is installed (Arc-enabled). */
    readonly arcAgent: boolean,
    connected: boolean,
    hotpatchEnabled: boolean,
    /** Under licenseExpiry=random, this machine's draw; otherwise the knob's fixed answer. */
    readonly expiresUnderIssue: boolean,
    startedAt: number,
  ) {
    this.networkUp = connected;
    this.profile = new LicenseProfile(
      hotpatchEnabled
        ? { status: 'Enabled', enrollmentDate: startedAt, billingStartDate: startedAt }
        : { status: 'Disabled' },
    );
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
    return this.arcAgent && this.networkUp && this.machine.services.find('himds')?.status === 'Running';
  }

  /** VirtualizationBasedSecurityStatus is 2. */
  get vbsRunning(): boolean {
    return this.machine.boot.vbs.status === 2;
  }
}

import { type HotpatchLicense, LicenseProfile } from '../license-profile.js';
import type { ProductType, ProfileChange } from './profile-body.js';

/** A resource's provisioning state (DOC: ProvisioningState enum); the ones the emulator uses. */
export type ProvisioningState = 'Creating' | 'Updating' | 'Deleting' | 'Succeeded' | 'Failed' | 'Canceled';

/**
 * One machine's `licenseProfiles/default` resource: what PUT and PATCH stored, and the Hotpatch
 * feature's enrollment, which moves on virtual time ({@link LicenseProfile}).
 */
export class ProfileResource {
  location: string;
  tags: Readonly<Record<string, string>> | undefined;
  softwareAssuranceCustomer: boolean | undefined;
  assignedLicense: string | undefined;
  productType: ProductType | undefined;
  productStatus: 'Enabled' | 'Disabled' | undefined;
  /** The profile has asked for the Hotpatch feature at least once (it lists it from then on). */
  hotpatchListed: boolean;
  provisioningState: ProvisioningState = 'Succeeded';
  /** A DELETE is waiting for hotpatch to be disabled before the resource goes. */
  deleting = false;
  readonly hotpatch: LicenseProfile;

  constructor(
    /** The machine's resource name as the source spells it. */
    readonly machine: string,
    readonly resourceGroup: string,
    location: string,
    initial?: HotpatchLicense,
  ) {
    this.location = location;
    this.hotpatch = new LicenseProfile(initial);
    this.hotpatchListed = initial !== undefined;
    // INFER: a seeded enrolled machine was enrolled through the portal, which sets WindowsServer.
    this.productType = initial ? 'WindowsServer' : undefined;
  }

  /** A transition of the Hotpatch feature is under way. */
  get pending(): boolean {
    return this.hotpatch.dueAt() !== undefined;
  }

  /**
   * Stores what a PUT or PATCH asks and starts any hotpatch change; returns true when anything
   * changed (a request that changes nothing is answered 200 at once).
   */
  apply(change: ProfileChange, now: number): boolean {
    const before = JSON.stringify(this.snapshot());
    const { tags, softwareAssuranceCustomer, assignedLicense, productType, productStatus, hotpatch } = change;
    if (tags !== undefined) this.tags = tags;
    if (softwareAssuranceCustomer !== undefined) this.softwareAssuranceCustomer = softwareAssuranceCustomer;
    if (assignedLicense !== undefined) this.assignedLicense = assignedLicense;
    if (productType !== undefined) this.productType = productType;
    if (productStatus !== undefined) this.productStatus = productStatus;
    if (hotpatch !== undefined) {
      this.hotpatchListed = true;
      if (hotpatch === 'enable') this.hotpatch.enable(now);
      else this.hotpatch.disable(now);
    }
    return JSON.stringify(this.snapshot()) !== before;
  }

  private snapshot() {
    const { tags, softwareAssuranceCustomer, assignedLicense, productType, productStatus, hotpatchListed } =
      this;
    return [
      tags,
      softwareAssuranceCustomer,
      assignedLicense,
      productType,
      productStatus,
      hotpatchListed,
      this.hotpatch.state,
    ];
  }
}

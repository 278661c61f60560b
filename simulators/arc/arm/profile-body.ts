import { armErrors } from './error-factory.js';
import { isObject } from './json-body.js';

/** Product types of a license profile (DOC: LicenseProfileProductType). */
export type ProductType = 'WindowsServer' | 'WindowsIoTEnterprise';

/** What a PUT or PATCH asks of a license profile; read-only fields never reach here. */
export interface ProfileChange {
  readonly location?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly softwareAssuranceCustomer?: boolean;
  readonly assignedLicense?: string;
  readonly productType?: ProductType;
  /** The product's own subscription, echoed (ASSUME: not modelled beyond that). */
  readonly productStatus?: 'Enabled' | 'Disabled';
  /** The Hotpatch feature's requested state. */
  readonly hotpatch?: 'enable' | 'disable';
}

// DOC: REST spec enums. PUT takes LicenseProfileSubscriptionStatus, PATCH takes the Update enum.
const PUT_STATUS = ['Unknown', 'Enabling', 'Enabled', 'Disabled', 'Disabling', 'Failed'] as const;
const PATCH_STATUS = ['Enable', 'Disable'] as const;
const PRODUCT_TYPES = ['WindowsServer', 'WindowsIoTEnterprise'] as const;

/** The body kind: a PUT's LicenseProfile or a PATCH's LicenseProfileUpdate. */
export type ProfileBodyKind = 'put' | 'patch';

/**
 * Validates a license profile body and says what it asks. Every bad property is named, all at
 * once, in the RP's HCRP400 error. Read-only properties (provisioningState, dates, error, ESU keys)
 * are ignored, as ARM asks RPs to (INFER: ARM RPC); unknown properties are ignored too (INFER).
 */
export function parseProfileBody(body: unknown, kind: ProfileBodyKind, target: string): ProfileChange {
  const bad: string[] = [];
  if (!isObject(body)) bad.push('(root)');
  const root = isObject(body) ? body : {};
  const str = (value: unknown, path: string) =>
    value === undefined || typeof value === 'string' ? value : void bad.push(path);
  const obj = (value: unknown, path: string): Record<string, unknown> => {
    if (isObject(value)) return value;
    if (value !== undefined) bad.push(path);
    return {};
  };
  // ASSUME: enums compare without case (modelAsString enums), echoed in the spec's case.
  const oneOf = <T extends string>(value: unknown, values: readonly T[], path: string): T | undefined => {
    if (value === undefined) return undefined;
    const found = values.find((v) => typeof value === 'string' && v.toLowerCase() === value.toLowerCase());
    if (!found) bad.push(path);
    return found;
  };

  const location = kind === 'put' ? str(root.location, 'location') : undefined;
  if (kind === 'put' && (location === undefined || location.trim() === '') && bad.length === 0) {
    throw armErrors.locationRequired(); // 3P: ARM checks tracked resources' location first
  }
  const tags = obj(root.tags, 'tags');
  for (const [key, value] of Object.entries(tags)) if (typeof value !== 'string') bad.push(`tags.${key}`);
  const props = obj(root.properties, 'properties');
  const sa = obj(props.softwareAssurance, 'properties.softwareAssurance').softwareAssuranceCustomer;
  if (sa !== undefined && typeof sa !== 'boolean')
    bad.push('properties.softwareAssurance.softwareAssuranceCustomer');
  const esu = obj(props.esuProfile, 'properties.esuProfile');
  const assignedLicense = str(esu.assignedLicense, 'properties.esuProfile.assignedLicense');
  const product = obj(props.productProfile, 'properties.productProfile');
  const p = 'properties.productProfile';
  const statuses = kind === 'put' ? PUT_STATUS : PATCH_STATUS;
  const productStatus = intent(oneOf(product.subscriptionStatus, statuses, `${p}.subscriptionStatus`));
  const productType = oneOf(product.productType, PRODUCT_TYPES, `${p}.productType`);
  let hotpatch: 'enable' | 'disable' | undefined;
  const features = product.productFeatures;
  if (features !== undefined && !Array.isArray(features)) bad.push(`${p}.productFeatures`);
  for (const [i, feature] of (Array.isArray(features) ? features : []).entries()) {
    const f = `${p}.productFeatures[${i}]`;
    if (!isObject(feature)) {
      bad.push(f);
      continue;
    }
    // ASSUME: Hotpatch is the only product feature the RP knows (2024-03-31-preview wrote HotPatching).
    if (typeof feature.name !== 'string' || feature.name.toLowerCase() !== 'hotpatch') bad.push(`${f}.name`);
    const asked = intent(oneOf(feature.subscriptionStatus, statuses, `${f}.subscriptionStatus`));
    if (asked === 'unknown') bad.push(`${f}.subscriptionStatus`);
    else if (asked) hotpatch = asked === 'Enabled' ? 'enable' : 'disable';
  }
  if (productStatus === 'unknown') bad.push(`${p}.subscriptionStatus`);
  if (bad.length > 0) throw armErrors.invalidProperties(bad, target);
  return {
    ...(location !== undefined && { location }),
    ...(root.tags !== undefined && { tags: tags as Record<string, string> }),
    ...(sa !== undefined && { softwareAssuranceCustomer: sa as boolean }),
    ...(assignedLicense !== undefined && { assignedLicense }),
    ...(productType && { productType }),
    ...(productStatus && productStatus !== 'unknown' && { productStatus }),
    ...(hotpatch && { hotpatch }),
  };
}

/**
 * What a status asks for. ASSUME: Enabling/Disabling ask for where they lead; Unknown and Failed
 * are states, not requests, and are refused.
 */
function intent(status: string | undefined): 'Enabled' | 'Disabled' | 'unknown' | undefined {
  if (status === undefined) return undefined;
  if (status === 'Enabled' || status === 'Enabling' || status === 'Enable') return 'Enabled';
  if (status === 'Disabled' || status === 'Disabling' || status === 'Disable') return 'Disabled';
  return 'unknown';
}

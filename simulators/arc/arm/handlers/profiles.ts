import type { ArmResponse } from '../arm-message.js';
import { type ArmContext, json, machineId, noContent } from '../context.js';
import { armErrors } from '../error-factory.js';
import type { ArcMachineFacts } from '../machine-source.js';
import { type ArmOperation, operationPath } from '../operations.js';
import type { ProfileResource } from '../profile-resource.js';
import { profileView } from '../profile-view.js';

/** The parent machine of a license profile request, or ARM's ParentResourceNotFound (3P). */
export function requireParent(context: ArmContext): ArcMachineFacts {
  const name = context.params.machineName ?? '';
  const facts = context.plane.state.machine(name, context.resourceGroup);
  if (!facts) throw armErrors.parentResourceNotFound(name);
  const profileName = context.params.licenseProfileName;
  // DOC: the spec's licenseProfileName is the enum ['default']; INFER: the RP's HCRP400 names it.
  if (profileName !== undefined && profileName.toLowerCase() !== 'default') {
    throw armErrors.invalidProperties(['licenseProfileName'], rpTarget(context, facts));
  }
  return facts;
}

/** The target the RP puts in its HCRP400 errors: `{subscription}/{group}/{machine}` (3P). */
export const rpTarget = (context: ArmContext, facts: ArcMachineFacts): string =>
  `${context.plane.subscriptionId}/${context.resourceGroup}/${facts.name}`;

/** The license profile resource body for a request's api-version. */
export function profileBody(context: ArmContext, facts: ArcMachineFacts, profile: ProfileResource) {
  const id = machineId(context.plane.subscriptionId, context.resourceGroup, facts.name);
  return profileView(profile, id, facts.edition, context.shape);
}

/** The headers of an accepted long-running operation (DOC: spec 201/202 headers; paths INFER). */
export function lroHeaders(context: ArmContext, op: ArmOperation): Record<string, string> {
  const { plane, url } = context;
  const query = `?api-version=${encodeURIComponent(op.apiVersion)}`;
  const at = (kind: 'Status' | 'Results') =>
    `${url.origin}${operationPath(plane.subscriptionId, op.resource.location, op.id, kind)}${query}`;
  return {
    'azure-asyncoperation': at('Status'),
    location: at('Results'),
    'retry-after': String(plane.retryAfterSeconds),
  };
}

/** GET `licenseProfiles/default`. */
export function getProfile(context: ArmContext): ArmResponse {
  const facts = requireParent(context);
  const profile = context.plane.profile(facts.name);
  if (!profile)
    throw armErrors.resourceNotFound(`machines/${facts.name}/licenseProfiles/default`, context.resourceGroup);
  return json(profileBody(context, facts, profile));
}

/** GET `licenseProfiles`: the one profile or none (DOC: x-ms-pageable, a single page here). */
export function listProfiles(context: ArmContext): ArmResponse {
  const facts = requireParent(context);
  const profile = context.plane.profile(facts.name);
  return json({ value: profile ? [profileBody(context, facts, profile)] : [] });
}

/**
 * DELETE `licenseProfiles/default`: 204 when there is none; else 202 and the profile goes once
 * hotpatch is disabled (INFER: deleting the profile disenrolls, which takes its ten minutes).
 */
export function deleteProfile(context: ArmContext): ArmResponse {
  const facts = requireParent(context);
  const profile = context.plane.profile(facts.name);
  if (!profile) return noContent(204);
  const before = profile.hotpatch.state.status;
  profile.deleting = true;
  profile.hotpatch.disable(context.now);
  context.plane.state.noteHotpatch(profile, before, context.now);
  const op = context.plane.startOperation('delete', profile, 'Deleted', context.apiVersion);
  return noContent(202, lroHeaders(context, op));
}

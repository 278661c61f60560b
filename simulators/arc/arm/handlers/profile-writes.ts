import type { ArmResponse } from '../arm-message.js';
import { type ArmContext, json, noContent } from '../context.js';
import { armErrors } from '../error-factory.js';
import { readJsonBody } from '../json-body.js';
import type { ArmOperation } from '../operations.js';
import { parseProfileBody } from '../profile-body.js';
import { ProfileResource } from '../profile-resource.js';
import { checkHotpatchChange } from './eligibility.js';
import { lroHeaders, profileBody, requireParent, rpTarget } from './profiles.js';

/** Where a pending hotpatch change leads. */
const targetOf = (profile: ProfileResource): ArmOperation['target'] =>
  !profile.pending ? 'Unchanged' : profile.hotpatch.state.status === 'Enabling' ? 'Enabled' : 'Disabled';

/**
 * PUT `licenseProfiles/default`: creating answers 201 with the async headers (DOC: spec 201);
 * an update that starts a hotpatch change too (INFER: the only documented response with them);
 * an update that starts none answers 200 at once (DOC: spec 200 "Updated Resource").
 */
export function putProfile(context: ArmContext): ArmResponse {
  const { plane, now } = context;
  const facts = requireParent(context);
  const change = parseProfileBody(readJsonBody(context.request), 'put', rpTarget(context, facts));
  if (change.hotpatch !== undefined) checkHotpatchChange(facts, change.hotpatch);
  let profile = plane.profile(facts.name);
  const creating = profile === undefined;
  if (!profile) {
    // ASSUME: the profile lives in its machine's region whatever location the body names (Learn asks for the same).
    profile = new ProfileResource(facts.name, context.resourceGroup, plane.location);
    plane.state.profiles.set(facts.name.toLowerCase(), profile);
  }
  const before = profile.hotpatch.state.status;
  profile.deleting = false;
  profile.apply(change, now);
  plane.state.noteHotpatch(profile, before, now);
  if (!creating && !profile.pending) return json(profileBody(context, facts, profile));
  const op = plane.startOperation('put', profile, targetOf(profile), context.apiVersion, creating);
  return json(profileBody(context, facts, profile), 201, lroHeaders(context, op));
}

/**
 * PATCH `licenseProfiles/default`: 202 with the async headers and no body when a hotpatch change
 * starts (DOC: spec 202 and its example), else 200 with the resource; 404 when there is no profile (INFER).
 */
export function patchProfile(context: ArmContext): ArmResponse {
  const { plane, now } = context;
  const facts = requireParent(context);
  const profile = plane.profile(facts.name);
  if (!profile)
    throw armErrors.resourceNotFound(`machines/${facts.name}/licenseProfiles/default`, context.resourceGroup);
  const change = parseProfileBody(readJsonBody(context.request), 'patch', rpTarget(context, facts));
  if (change.hotpatch !== undefined) checkHotpatchChange(facts, change.hotpatch);
  const before = profile.hotpatch.state.status;
  const changed = profile.apply(change, now);
  plane.state.noteHotpatch(profile, before, now);
  if (!changed || !profile.pending) return json(profileBody(context, facts, profile));
  profile.deleting = false;
  const op = plane.startOperation('patch', profile, targetOf(profile), context.apiVersion);
  return noContent(202, lroHeaders(context, op));
}

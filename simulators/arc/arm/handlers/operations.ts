import type { ArmResponse } from '../arm-message.js';
import { type ArmContext, json, machineId, noContent } from '../context.js';
import { armErrors } from '../error-factory.js';
import { type ArmOperation, operationBody, operationPath } from '../operations.js';
import { profileView } from '../profile-view.js';

function requireOperation(context: ArmContext): ArmOperation {
  const id = context.params.operationId ?? '';
  const op = context.plane.state.operations.get(id.toLowerCase());
  if (!op) throw armErrors.operationNotFound(id);
  return op;
}

const resourceIdOf = (context: ArmContext, op: ArmOperation) => {
  const { machine, resourceGroup } = op.resource;
  return `${machineId(context.plane.subscriptionId, resourceGroup, machine)}/licenseProfiles/default`;
};

/** GET the Azure-AsyncOperation URL: InProgress until the profile settles, then the outcome. */
export function getOperationStatus(context: ArmContext): ArmResponse {
  const op = requireOperation(context);
  const path = operationPath(context.plane.subscriptionId, op.resource.location, op.id, 'Status');
  return json(operationBody(op, path, resourceIdOf(context, op)));
}

/**
 * GET the Location URL (DOC: ARM RPC async pattern): 202 with Location and Retry-After while in
 * progress; then 200 with the resource (PUT, PATCH) or 204 (DELETE); a failed operation answers
 * its error with 400, a canceled one 409 (INFER).
 */
export function getOperationResult(context: ArmContext): ArmResponse {
  const op = requireOperation(context);
  const { plane, url } = context;
  if (op.status === 'InProgress') {
    return noContent(202, { location: url.href, 'retry-after': String(plane.retryAfterSeconds) });
  }
  if (op.status === 'Failed') {
    const error = op.error ?? { code: 'Failed', message: 'The operation failed.' };
    return json({ error }, 400);
  }
  if (op.status === 'Canceled') throw armErrors.operationCanceled(op.id);
  const facts = plane.state.machine(op.resource.machine);
  if (op.kind === 'delete' || !facts || plane.profile(op.resource.machine) !== op.resource) {
    return noContent(204);
  }
  const id = machineId(plane.subscriptionId, op.resource.resourceGroup, facts.name);
  return json(profileView(op.resource, id, facts.edition, context.shape));
}

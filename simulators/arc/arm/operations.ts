import { isoTime } from '../../shared/clock.js';
import { stableGuid } from '../../shared/stable-id.js';
import type { ArmErrorDetail } from './errors.js';
import type { ProfileResource } from './profile-resource.js';

/** An async operation's status (DOC: ARM async operation resource). */
export type OperationStatus = 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled';

/** What the operation was asked to do. */
export type OperationKind = 'put' | 'patch' | 'delete';

/** One long-running operation on a license profile, tracked until its resource settles. */
export interface ArmOperation {
  readonly id: string;
  readonly kind: OperationKind;
  readonly resource: ProfileResource;
  /** Where it must end: the hotpatch status it asked for, or `Deleted`. */
  readonly target: 'Enabled' | 'Disabled' | 'Deleted' | 'Unchanged';
  readonly startTime: number;
  readonly apiVersion: string;
  status: OperationStatus;
  endTime?: number;
  error?: ArmErrorDetail;
}

/** Deterministic operation ids: the n-th operation of a plane has the same id on every run. */
export const operationId = (n: number): string => stableGuid(`hybridcompute-operation-${n}`);

/** The path of an operation status resource (INFER: from the RP's `locations/operationstatus/read` action). */
export function operationPath(
  subscription: string,
  location: string,
  id: string,
  kind: 'Status' | 'Results',
) {
  return `/subscriptions/${subscription}/providers/Microsoft.HybridCompute/locations/${location}/operation${kind}/${id}`;
}

/**
 * Settles an in-progress operation once its resource has: Succeeded when it reached the target,
 * Failed with the enrollment error, Canceled when a later request led it elsewhere (ASSUME).
 * Returns true when the status changed.
 */
export function settle(op: ArmOperation, now: number, deleted: boolean): boolean {
  if (op.status !== 'InProgress' || (!deleted && op.resource.pending)) return false;
  const { status, error } = op.resource.hotpatch.state;
  if (op.target === 'Deleted') op.status = deleted ? 'Succeeded' : 'Canceled';
  else if (op.target === 'Unchanged' || status === op.target) op.status = 'Succeeded';
  else if (status === 'Failed') {
    op.status = 'Failed';
    if (error) op.error = error;
  } else op.status = 'Canceled';
  op.endTime = now;
  return true;
}

/** The Azure-AsyncOperation resource body (DOC: ARM RPC async operation format). */
export function operationBody(op: ArmOperation, path: string, resourceId: string) {
  return {
    id: path,
    name: op.id,
    resourceId,
    status: op.status,
    startTime: isoTime(op.startTime),
    ...(op.endTime !== undefined && { endTime: isoTime(op.endTime) }),
    ...(op.error && { error: op.error }),
  };
}

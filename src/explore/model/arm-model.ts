import { requestHotpatch, settle } from './operations.js';
import type { ModelState } from './state.js';

/** A raw request to the run's control plane: GET the machine, PUT or DELETE its license profile. */
export type ArmCall =
  | { readonly kind: 'get-machine' }
  | { readonly kind: 'put-profile'; readonly action: 'enable' | 'disable'; readonly token: boolean }
  | { readonly kind: 'delete-profile' };

/** What the model expects ARM to answer: the HTTP status and, for an error, ARM's error code. */
export interface ArmAnswer {
  readonly status: number;
  readonly code?: string;
}

/**
 * One request, on the model (DOMAIN.md 3 and simulators/arc/arm/README.md): ARM first brings the
 * machine to now. No bearer token: 401. A machine without the agent is not in Azure: 404. PUT
 * creates the profile (201) or starts a Hotpatch change (201), else answers 200; on Azure Edition,
 * whose hotpatch Arc does not manage (DOMAIN.md 1), a Hotpatch change is refused (400). DELETE answers 204 without a profile, else 202: the profile disables
 * (ten minutes, on line) and then goes; one already Disabled goes at once.
 */
export function armCall(s: ModelState, call: ArmCall): ArmAnswer {
  settle(s);
  if (call.kind === 'put-profile' && !call.token) return { status: 401, code: 'AuthenticationFailed' };
  if (!s.arcAgent)
    return { status: 404, code: call.kind === 'get-machine' ? 'ResourceNotFound' : 'ParentResourceNotFound' };
  if (call.kind === 'get-machine') return { status: 200 };
  if (call.kind === 'put-profile') {
    if (s.azureEdition) return { status: 400, code: 'HotpatchNotSupportedOnAzureEdition' };
    const existed = s.profile;
    requestHotpatch(s, call.action);
    return { status: !existed || pendingChange(s) ? 201 : 200 };
  }
  if (!s.profile) return { status: 204 };
  s.deleting = true;
  if (s.enrollment === 'Disabled') [s.profile, s.deleting] = [false, false];
  else if (s.enrollment !== 'Disabling') [s.enrollment, s.requestedAt] = ['Disabling', s.now];
  settle(s);
  return { status: 202 };
}

const pendingChange = (s: ModelState): boolean => s.enrollment === 'Enabling' || s.enrollment === 'Disabling';

/** What a GET of the machine with `$expand=instanceView` shows of it, in the model's terms. */
export function machineView(s: ModelState) {
  const enablement: Record<ModelState['enrollment'], string> = {
    Disabled: 'Disabled',
    Enabling: 'PendingEvaluation',
    Enabled: 'Enabled',
    Disabling: 'PendingEvaluation',
    Failed: 'ActionRequired',
  };
  return {
    // Azure's view, from the heartbeats it got (DOMAIN.md 4), not the machine's own.
    status: s.azure,
    // Azure Edition has hotpatch on by default (DOMAIN.md 1).
    hotpatchEnablementStatus: s.azureEdition ? 'Enabled' : enablement[s.enrollment],
    subscriptionStatus: s.profile ? s.enrollment : undefined,
  };
}

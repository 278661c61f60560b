import type { ArmResponse } from '../arm-message.js';
import { type ArmContext, json, machineId } from '../context.js';
import { armErrors } from '../error-factory.js';
import type { ArcMachineFacts } from '../machine-source.js';
import { machineView } from '../machine-view.js';
import { page } from '../paging.js';

/** The machine resource for a request's api-version. */
export function machineResource(context: ArmContext, facts: ArcMachineFacts, instanceView: boolean) {
  const { plane, shape } = context;
  const group = plane.group(facts.resourceGroup ?? plane.resourceGroup) ?? plane.resourceGroup;
  const { status, since } = plane.state.status(facts);
  return machineView({
    facts,
    id: machineId(plane.subscriptionId, group, facts.name),
    location: plane.location,
    status,
    lastStatusChange: since,
    profile: plane.profile(facts.name),
    shape,
    instanceView,
  });
}

/** The machine a request names, or ARM's 404 (3P text: microsoft/azure_arc#3255). */
export function requireMachine(context: ArmContext): ArcMachineFacts {
  const name = context.params.machineName ?? '';
  const facts = context.plane.state.machine(name, context.resourceGroup);
  if (!facts) throw armErrors.resourceNotFound(`machines/${name}`, context.resourceGroup);
  return facts;
}

/** GET a machine; `$expand=instanceView` adds the license instance view (DOC: spec parameter). */
export function getMachine(context: ArmContext): ArmResponse {
  const facts = requireMachine(context);
  // ASSUME: the expand value compares without case; another value is ignored.
  const expand = context.url.searchParams.get('$expand')?.toLowerCase() === 'instanceview';
  return json(machineResource(context, facts, expand));
}

/** List machines of a resource group or of the subscription, paged. */
export function listMachines(context: ArmContext): ArmResponse {
  const { plane, resourceGroup } = context;
  const all = plane.state.allMachines();
  const chosen = resourceGroup ? all.filter((m) => plane.state.inGroup(m, resourceGroup)) : all;
  const { value, nextLink } = page(chosen, context.url, plane.pageSize);
  const items = value.map((facts) => machineResource(context, facts, false));
  return json({ value: items, ...(nextLink && { nextLink }) });
}

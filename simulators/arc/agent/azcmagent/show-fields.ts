import { stableGuid } from '../../../shared/stable-id.js';
import type { ConnectedMachineAgent } from '../agent.js';
import { HIMDS_LOG } from '../paths.js';
import { portalPageOf, RESOURCE_NAMESPACE, resourceIdOf } from '../resource.js';

/** One service under "Dependent Service Status". */
export interface ShowService {
  readonly displayName: string;
  readonly serviceName: string;
  readonly status: string;
}

/** A line of `azcmagent show`: a value, or a section heading (Cloud Metadata, Dependent Service Status). */
export type ShowField =
  | { readonly display: string; readonly key: string; readonly value: (a: ConnectedMachineAgent) => string }
  | { readonly display: string; readonly key: string; readonly section: 'cloudMetadata' | 'services' };

/** The agent's Windows services as azcmagent show lists them (3P: 1.64 on Windows, in this order). */
const SERVICES = [
  { displayName: 'Agent Service', serviceName: 'himds' },
  { displayName: 'Azure Arc Proxy', serviceName: 'arcproxy' },
  { displayName: 'Extension Service', serviceName: 'extensionservice' },
  { displayName: 'GC Service', serviceName: 'gcarcservice' },
] as const;

/** Each service's state: running or stopped (3P: `running`), unknown when absent (3P). */
export function showServices(agent: ConnectedMachineAgent): ShowService[] {
  return SERVICES.map((s) => {
    const status = agent.host.serviceStatus(s.serviceName);
    return { ...s, status: status === undefined ? 'unknown' : status === 'Running' ? 'running' : 'stopped' };
  });
}

/** RFC 3339 to the second, UTC (3P: `Agent Last Heartbeat : 2025-11-19T23:34:03Z`). */
const rfc3339 = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const of = (pick: (a: ConnectedMachineAgent) => string | undefined) => (a: ConnectedMachineAgent) =>
  a.resource ? (pick(a) ?? '') : '';

/**
 * The layout of `azcmagent show` in 1.58 on Windows (3P: the 1.58 Linux output of November 2025,
 * with the Windows service names of 1.64; fields of a disconnected agent are empty, 3P). JSON keys
 * are 3P where scripts read them (status, lastHeartbeat, resourceName, resourceGroup, subscriptionId,
 * location, cloud, agentVersion, httpsProxy, proxyBypass, agentErrorCode, agentErrorDetails,
 * services) and INFER (camelCase of the display name) for the rest.
 */
export const SHOW_FIELDS: readonly ShowField[] = [
  { display: 'Resource Name', key: 'resourceName', value: of((a) => a.resource?.name) },
  { display: 'Resource Group Name', key: 'resourceGroup', value: of((a) => a.resource?.resourceGroup) },
  { display: 'Resource Namespace', key: 'resourceNamespace', value: of(() => RESOURCE_NAMESPACE) },
  { display: 'Resource Id', key: 'resourceId', value: of((a) => a.resource && resourceIdOf(a.resource)) },
  { display: 'Subscription ID', key: 'subscriptionId', value: of((a) => a.resource?.subscriptionId) },
  { display: 'Tenant ID', key: 'tenantId', value: of((a) => a.resource?.tenantId) },
  { display: 'VM ID', key: 'vmId', value: of((a) => a.host.vmId) },
  { display: 'Correlation ID', key: 'correlationId', value: of((a) => a.resource?.correlationId) },
  { display: 'VM UUID', key: 'vmUuid', value: of((a) => a.host.vmUuid) },
  { display: 'Location', key: 'location', value: of((a) => a.resource?.location) },
  { display: 'Cloud', key: 'cloud', value: of((a) => a.resource?.cloud) },
  { display: 'Agent Version', key: 'agentVersion', value: (a) => a.version },
  { display: 'Agent Logfile', key: 'agentLogfile', value: () => HIMDS_LOG },
  { display: 'Agent Status', key: 'status', value: (a) => a.localStatus },
  {
    display: 'Agent Last Heartbeat',
    key: 'lastHeartbeat',
    value: of((a) => (a.lastHeartbeat === undefined ? '' : rfc3339(a.lastHeartbeat))),
  },
  // No error is modelled: a heartbeat failure leaves these empty (ASSUME).
  { display: 'Agent Error Code', key: 'agentErrorCode', value: () => '' },
  { display: 'Agent Error Details', key: 'agentErrorDetails', value: () => '' },
  { display: 'Agent Error Timestamp', key: 'agentErrorTimestamp', value: () => '' },
  { display: 'Using HTTPS Proxy', key: 'httpsProxy', value: () => '' },
  { display: 'Proxy Bypass List', key: 'proxyBypass', value: () => '' },
  { display: 'Upstream Proxy', key: 'upstreamProxy', value: () => '' },
  { display: 'Gateway URL', key: 'gatewayUrl', value: () => '' },
  // 3P: N/A on a machine in no public cloud (the emulated platforms are on-premises).
  { display: 'Cloud Provider', key: 'cloudProvider', value: () => 'N/A' },
  { display: 'Cloud Metadata', key: 'cloudMetadata', section: 'cloudMetadata' },
  { display: 'Manufacturer', key: 'manufacturer', value: (a) => a.host.manufacturer },
  { display: 'Model', key: 'model', value: (a) => a.host.model },
  // No SQL server is modelled on any machine.
  { display: 'MSSQL Server Detected', key: 'mssqlServerDetected', value: () => 'false' },
  { display: 'MySQL Server Detected', key: 'mysqlServerDetected', value: () => 'false' },
  { display: 'PGSQL Server Detected', key: 'pgsqlServerDetected', value: () => 'false' },
  { display: 'Dependent Service Status', key: 'services', section: 'services' },
  { display: 'Portal Page', key: 'portalPage', value: of((a) => a.resource && portalPageOf(a.resource)) },
  { display: 'Disabled Features', key: 'disabledFeatures', value: () => '' },
  {
    // INFER: the agent installs its upgrade task enabled; Windows names it by a task GUID (3P, 1.64).
    display: 'Agent Auto Upgrade Task Status',
    key: 'autoUpgradeTaskStatus',
    value: (a) => `enabled, id: {${stableGuid(`autoupgrade-task:${a.host.name.toLowerCase()}`)}}`,
  },
];

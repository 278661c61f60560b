/** The Azure resource an agent is connected to: what `azcmagent connect` was given. */
export interface ArcResource {
  readonly tenantId: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly location: string;
  /** The resource name; the host name unless `--resource-name` said otherwise (DOC). */
  readonly name: string;
  /** DOC: `--cloud`, AzureCloud unless given. */
  readonly cloud: string;
  /** DOC: `--correlation-id`, telemetry only. */
  readonly correlationId: string;
  /** DOC: `--tags`, in the order given. */
  readonly tags?: Readonly<Record<string, string>>;
}

/** The resource provider namespace of Arc-enabled servers (DOC). */
export const RESOURCE_NAMESPACE = 'Microsoft.HybridCompute';

/** The ARM resource id (DOC: Microsoft.HybridCompute/machines). */
export const resourceIdOf = (r: ArcResource): string =>
  `/subscriptions/${r.subscriptionId}/resourceGroups/${r.resourceGroup}/providers/${RESOURCE_NAMESPACE}/machines/${r.name}`;

/** The portal page azcmagent prints (3P: `https://portal.azure.com/#@<tenant>/resource<id>/overview`). */
export const portalPageOf = (r: ArcResource): string =>
  `https://portal.azure.com/#@${r.tenantId}/resource${resourceIdOf(r)}/overview`;

import { stableGuid } from '../../../shared/stable-id.js';
import type { ConnectedMachineAgent } from '../agent.js';
import { portalPageOf, resourceIdOf } from '../resource.js';
import type { FlagSpec, ParsedArgs } from './args.js';
import { consoleLine } from './console-line.js';
import { azcmagentErrors } from './errors.js';
import { type CommandResult, ok } from './result.js';
import { parseTags } from './tags.js';

/** DOC: azcmagent connect's flags. */
export const CONNECT_FLAGS: readonly FlagSpec[] = [
  { long: 'access-token', value: true },
  { long: 'automanage-profile', value: true },
  { long: 'cloud', value: true },
  { long: 'correlation-id', value: true },
  { long: 'ignore-network-check', value: false },
  { long: 'location', short: 'l', value: true },
  { long: 'private-link-scope', value: true },
  { long: 'resource-group', short: 'g', value: true },
  { long: 'resource-name', short: 'n', value: true },
  { long: 'service-principal-id', short: 'i', value: true },
  { long: 'service-principal-secret', short: 'p', value: true },
  { long: 'subscription-id', short: 's', value: true },
  { long: 'tags', value: true },
  { long: 'tenant-id', short: 't', value: true },
  { long: 'use-device-code', value: false },
];

/**
 * The flags the emulator needs. DOC: subscription, resource group and location; ASSUME: the tenant
 * too, since the emulator has no signed-in account whose home tenant it could take.
 */
const REQUIRED = ['location', 'resource-group', 'subscription-id', 'tenant-id'] as const;

/** DOC: the clouds `--cloud` accepts. */
const CLOUDS = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];

/** Flags that are documented but not emulated; each is refused by name. */
const NOT_EMULATED = ['automanage-profile', 'private-link-scope', 'use-device-code', 'config', 'help'];

/**
 * `azcmagent connect`: creates the resource and connects the agent (DOC). Checks in order: the
 * arguments, a non-interactive login, an existing connection (AZCM0067), himds (AZCM0064), the
 * network (AZCM0026). The success output is a real capture's, progress bar lines included (3P).
 */
export function connectCommand(agent: ConnectedMachineAgent, parsed: ParsedArgs): CommandResult {
  const { flags } = parsed;
  const stream = { logStderr: flags.has('log-stderr') };
  const refused = NOT_EMULATED.find((f) => flags.has(f));
  if (refused !== undefined) return azcmagentErrors.notEmulated(`connect --${refused}`);
  if (parsed.positionals.length > 0)
    return azcmagentErrors.notEmulated(`connect with the argument '${parsed.positionals[0]}'`);
  const value = (name: string) => {
    const v = flags.get(name);
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const missing = REQUIRED.filter((f) => value(f) === undefined);
  if (missing.length > 0) return azcmagentErrors.missingParameters(stream, missing);
  const cloud = value('cloud') ?? 'AzureCloud';
  if (!CLOUDS.includes(cloud)) return azcmagentErrors.invalidCloud(stream, cloud);
  const tags = parseTags(value('tags') ?? '');
  if (tags === undefined) return azcmagentErrors.invalidTags(stream);
  const servicePrincipal =
    value('service-principal-id') !== undefined && value('service-principal-secret') !== undefined;
  if (!servicePrincipal && value('access-token') === undefined) {
    return azcmagentErrors.notEmulated('an interactive login (pass a service principal or --access-token)');
  }
  if (agent.resource !== undefined) return azcmagentErrors.alreadyConnected(stream);
  if (!agent.himdsRunning) return azcmagentErrors.serviceUnavailable(stream);
  if (!agent.networkUp) return azcmagentErrors.networkError(stream);
  const resource = {
    tenantId: value('tenant-id') ?? '',
    subscriptionId: value('subscription-id') ?? '',
    resourceGroup: value('resource-group') ?? '',
    location: value('location') ?? '',
    name: value('resource-name') ?? agent.host.name,
    cloud,
    // Without --correlation-id the agent makes one (INFER); stable here, from the resource.
    correlationId: value('correlation-id') ?? stableGuid(`correlation:${agent.host.name.toLowerCase()}`),
    tags,
  };
  agent.attach(resource);
  return ok(
    [
      consoleLine('INFO', 'Connecting machine to Azure... This might take a few minutes.'),
      consoleLine(
        'INFO',
        'Testing connectivity to endpoints that are needed to connect to Azure... This might take a few minutes.',
      ),
      '  20% [==>            ]\n',
      '  30% [===>           ]\n',
      `  ${consoleLine('INFO', `Creating resource in Azure...                 Correlation ID=${resource.correlationId} Resource ID=${resourceIdOf(resource)}`)}`,
      '  60% [========>      ]\n',
      '  80% [===========>   ]\n',
      ' 100% [===============]\n',
      `  ${consoleLine('INFO', 'Connected machine to Azure')}`,
      consoleLine('INFO', `Machine overview page: ${portalPageOf(resource)}`),
    ].join(''),
  );
}

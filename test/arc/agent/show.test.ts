import { describe, expect, it } from 'vitest';
import { runAzcmagent } from '../../../simulators/arc/agent/index.js';
import { InvariantError } from '../../../simulators/shared/invariant.js';
import { agentAt, MIN } from './fixtures.js';

const RID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hotpatch-fleet/providers/Microsoft.HybridCompute/machines/web-01';

/** What `azcmagent show` prints on web-01, 12 minutes after the boot, connected. */
const CONNECTED = `Resource Name                           : web-01
Resource Group Name                     : hotpatch-fleet
Resource Namespace                      : Microsoft.HybridCompute
Resource Id                             : ${RID}
Subscription ID                         : 00000000-0000-0000-0000-000000000000
Tenant ID                               : 72f988bf-0000-4000-8000-000000000001
VM ID                                   : 9151eae0-43ea-8ed5-8257-51892d76bd48
Correlation ID                          : 2989a600-f32a-47d9-884d-c5d59e211ba7
VM UUID                                 : 12c80816-7c72-8de5-be82-ccb3dbc7a660
Location                                : westeurope
Cloud                                   : AzureCloud
Agent Version                           : 1.58.03228.2572
Agent Logfile                           : C:\\ProgramData\\AzureConnectedMachineAgent\\Log\\himds.log
Agent Status                            : Connected
Agent Last Heartbeat                    : 2025-11-03T22:10:00Z
Agent Error Code                        : 
Agent Error Details                     : 
Agent Error Timestamp                   : 
Using HTTPS Proxy                       : 
Proxy Bypass List                       : 
Upstream Proxy                          : 
Gateway URL                             : 
Cloud Provider                          : N/A
Cloud Metadata
Manufacturer                            : Microsoft Corporation
Model                                   : Virtual Machine
MSSQL Server Detected                   : false
MySQL Server Detected                   : false
PGSQL Server Detected                   : false
Dependent Service Status
  Agent Service (himds)                 : running
  Azure Arc Proxy (arcproxy)            : stopped
  Extension Service (extensionservice)  : running
  GC Service (gcarcservice)             : running
Portal Page                             : https://portal.azure.com/#@72f988bf-0000-4000-8000-000000000001/resource${RID}/overview
Disabled Features                       : 
Agent Auto Upgrade Task Status          : enabled, id: {483b2883-6bcd-86b6-9a95-ca21b6ee3418}
`;

describe('azcmagent show', () => {
  it('3P: the text layout of a connected agent, 40-column labels, empty values keep the space', () => {
    const { clock, agent } = agentAt();
    clock.advance(12 * MIN); // runAzcmagent syncs the agent to now first
    expect(runAzcmagent(agent, ['show'])).toEqual({ stdout: CONNECTED, stderr: '', exitCode: 0 });
  });

  it('-j / --json: the same fields under their JSON keys (status, lastHeartbeat, services, ...)', () => {
    const { clock, agent } = agentAt();
    clock.advance(12 * MIN);
    const json = JSON.parse(runAzcmagent(agent, ['show', '-j']).stdout);
    expect(json).toMatchObject({
      resourceName: 'web-01',
      resourceGroup: 'hotpatch-fleet',
      resourceId: RID,
      subscriptionId: '00000000-0000-0000-0000-000000000000',
      tenantId: '72f988bf-0000-4000-8000-000000000001',
      vmId: '9151eae0-43ea-8ed5-8257-51892d76bd48',
      location: 'westeurope',
      cloud: 'AzureCloud',
      agentVersion: '1.58.03228.2572',
      status: 'Connected',
      lastHeartbeat: '2025-11-03T22:10:00Z',
      agentErrorCode: '',
      httpsProxy: '',
      cloudMetadata: {},
    });
    expect(json.services).toEqual([
      { displayName: 'Agent Service', serviceName: 'himds', status: 'running' },
      { displayName: 'Azure Arc Proxy', serviceName: 'arcproxy', status: 'stopped' },
      { displayName: 'Extension Service', serviceName: 'extensionservice', status: 'running' },
      { displayName: 'GC Service', serviceName: 'gcarcservice', status: 'running' },
    ]);
    expect(runAzcmagent(agent, ['show', '--json']).stdout).toBe(runAzcmagent(agent, ['show', '-j']).stdout);
  });

  it('DOC: named properties, by display name or JSON key, print only those lines', () => {
    const { agent } = agentAt();
    expect(runAzcmagent(agent, ['show', 'Agent Status', 'VM ID']).stdout).toBe(
      'VM ID                                   : 9151eae0-43ea-8ed5-8257-51892d76bd48\n' +
        'Agent Status                            : Connected\n',
    );
    expect(runAzcmagent(agent, ['show', 'status', 'lastHeartbeat']).stdout).toBe(
      'Agent Status                            : Connected\n' +
        'Agent Last Heartbeat                    : 2025-11-03T22:00:00Z\n',
    );
    expect(JSON.parse(runAzcmagent(agent, ['show', 'status', 'lastHeartbeat', '-j']).stdout)).toEqual({
      status: 'Connected',
      lastHeartbeat: '2025-11-03T22:00:00Z',
    });
    expect(runAzcmagent(agent, ['show', 'Dependent Service Status']).stdout).toBe(
      'Dependent Service Status\n' +
        '  Agent Service (himds)                 : running\n' +
        '  Azure Arc Proxy (arcproxy)            : stopped\n' +
        '  Extension Service (extensionservice)  : running\n' +
        '  GC Service (gcarcservice)             : running\n',
    );
  });

  it('3P: property names are case-sensitive; an unknown one is AZCM0023 (ASSUME wording)', () => {
    const { agent } = agentAt();
    expect(runAzcmagent(agent, ['show', 'agent status'])).toEqual({
      stdout: 'FATAL   AZCM0023: Invalid property name: agent status\n',
      stderr: '',
      exitCode: 23,
    });
    expect(runAzcmagent(agent, ['show', 'nope', '--log-stderr'])).toEqual({
      stdout: '',
      stderr: 'FATAL   AZCM0023: Invalid property name: nope\n',
      exitCode: 23,
    });
  });

  it('himds stopped: the agent says Disconnected, keeps its last heartbeat and shows himds stopped', () => {
    const { clock, machine, agent } = agentAt();
    clock.advance(7 * MIN);
    machine.services.stop('himds');
    agent.tick(); // the harness ticks the agent right after it changes a service
    clock.advance(20 * MIN);
    expect(runAzcmagent(agent, ['show', 'status', 'lastHeartbeat', 'services']).stdout).toBe(
      'Agent Status                            : Disconnected\n' +
        'Agent Last Heartbeat                    : 2025-11-03T22:05:00Z\n' +
        'Dependent Service Status\n' +
        '  Agent Service (himds)                 : stopped\n' +
        '  Azure Arc Proxy (arcproxy)            : stopped\n' +
        '  Extension Service (extensionservice)  : running\n' +
        '  GC Service (gcarcservice)             : running\n',
    );
  });

  it('3P: after azcmagent disconnect the resource fields are empty and the status Disconnected', () => {
    const { agent } = agentAt();
    expect(runAzcmagent(agent, ['disconnect', '--force-local-only']).exitCode).toBe(0);
    const lines = runAzcmagent(agent, ['show']).stdout.split('\n');
    expect(lines.slice(0, 15)).toEqual([
      'Resource Name                           : ',
      'Resource Group Name                     : ',
      'Resource Namespace                      : ',
      'Resource Id                             : ',
      'Subscription ID                         : ',
      'Tenant ID                               : ',
      'VM ID                                   : ',
      'Correlation ID                          : ',
      'VM UUID                                 : ',
      'Location                                : ',
      'Cloud                                   : ',
      'Agent Version                           : 1.58.03228.2572',
      'Agent Logfile                           : C:\\ProgramData\\AzureConnectedMachineAgent\\Log\\himds.log',
      'Agent Status                            : Disconnected',
      'Agent Last Heartbeat                    : ',
    ]);
    expect(lines).toContain('Portal Page                             : ');
    expect(lines).toContain('  Agent Service (himds)                 : running');
  });

  it('a machine without the agent has no azcmagent: isInstalled is false and running it is a caller bug', () => {
    const { agent } = agentAt({}, { arcAgent: false });
    expect(agent.isInstalled).toBe(false);
    expect(() => runAzcmagent(agent, ['show'])).toThrow(InvariantError);
  });

  it('--os is documented but not emulated: refused by name', () => {
    const { agent } = agentAt();
    expect(runAzcmagent(agent, ['show', '--os'])).toEqual({
      stdout: '',
      stderr: '[hotpatch-harness] azcmagent: show --os is not emulated\n',
      exitCode: 1,
    });
  });
});

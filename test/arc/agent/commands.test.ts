import { describe, expect, it } from 'vitest';
import { heartbeatTimes, runAzcmagent } from '../../../simulators/arc/agent/index.js';
import { agentAt, iso, MIN } from './fixtures.js';

const LOGIN = ['--service-principal-id', 'app-id', '--service-principal-secret', 'secret'];
const WHERE = [
  '--resource-group',
  'rg-arc',
  '--tenant-id',
  'tenant-1',
  '--location',
  'westeurope',
  '--subscription-id',
  'sub-1',
];
const RID = '/subscriptions/sub-1/resourceGroups/rg-arc/providers/Microsoft.HybridCompute/machines/web-01';
const fatal = (text: string, exitCode: number) => ({ stdout: `FATAL   ${text}\n`, stderr: '', exitCode });

describe('azcmagent connect', () => {
  it('3P: the output of a successful connect; Azure gets the resource and a heartbeat at once', () => {
    const { clock, agent } = agentAt({ connected: false });
    clock.advance(2 * MIN);
    const result = runAzcmagent(agent, [
      'connect',
      ...WHERE,
      ...LOGIN,
      '--correlation-id',
      'c0ffee00-0000-4000-8000-000000000000',
    ]);
    expect(result).toEqual({
      stdout:
        'INFO    Connecting machine to Azure... This might take a few minutes.\n' +
        'INFO    Testing connectivity to endpoints that are needed to connect to Azure... This might take a few minutes.\n' +
        '  20% [==>            ]\n' +
        '  30% [===>           ]\n' +
        `  INFO    Creating resource in Azure...                 Correlation ID=c0ffee00-0000-4000-8000-000000000000 Resource ID=${RID}\n` +
        '  60% [========>      ]\n' +
        '  80% [===========>   ]\n' +
        ' 100% [===============]\n' +
        '  INFO    Connected machine to Azure\n' +
        `INFO    Machine overview page: https://portal.azure.com/#@tenant-1/resource${RID}/overview\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(agent.resource).toMatchObject({ name: 'web-01', resourceGroup: 'rg-arc', cloud: 'AzureCloud' });
    clock.advance(6 * MIN);
    const tick = agent.tick();
    expect(iso(heartbeatTimes(tick.heartbeats))).toEqual([
      '2025-11-03T22:02:00.000Z',
      '2025-11-03T22:07:00.000Z',
    ]);
    expect(tick.changes).toEqual([
      { at: Date.parse('2025-11-03T22:02:00Z'), kind: 'resource-created', resourceId: RID },
    ]);
    expect(agent.azureStatus).toBe('Connected');
  });

  it('short flags, --resource-name and DOC --tags with quoted values', () => {
    const { agent } = agentAt({ connected: false });
    const args = [
      'connect',
      '-g',
      'rg',
      '-t',
      'ten',
      '-l',
      'eastus',
      '-s',
      'sub',
      '-i',
      'app',
      '-p',
      'pw',
      '-n',
      'FileServer01',
    ];
    expect(
      runAzcmagent(agent, [...args, '--tags', "Datacenter=NY3,Owner='Shared Infrastructure Services'"])
        .exitCode,
    ).toBe(0);
    expect(agent.resource).toMatchObject({
      name: 'FileServer01',
      location: 'eastus',
      tags: { Datacenter: 'NY3', Owner: 'Shared Infrastructure Services' },
    });
  });

  it('DOC AZCM0016 (exit 16): every missing mandatory parameter is named (wording ASSUME)', () => {
    const { agent } = agentAt({ connected: false });
    expect(runAzcmagent(agent, ['connect', ...LOGIN])).toEqual(
      fatal(
        'AZCM0016: Missing mandatory parameter(s): --location, --resource-group, --subscription-id, --tenant-id',
        16,
      ),
    );
    expect(runAzcmagent(agent, ['connect', '-g', 'rg', '--location=westeurope', ...LOGIN])).toEqual(
      fatal('AZCM0016: Missing mandatory parameter(s): --subscription-id, --tenant-id', 16),
    );
    expect(runAzcmagent(agent, ['connect', ...LOGIN, '--log-stderr'])).toMatchObject({
      stdout: '',
      exitCode: 16,
    });
  });

  it('DOC AZCM0067: an agent already connected; AZCM0064: himds stopped; AZCM0026: no network', () => {
    expect(runAzcmagent(agentAt().agent, ['connect', ...WHERE, ...LOGIN])).toEqual(
      fatal('AZCM0067: The machine is already connected to Azure', 67),
    );
    const stopped = agentAt({ connected: false });
    stopped.machine.services.stop('himds');
    expect(runAzcmagent(stopped.agent, ['connect', ...WHERE, ...LOGIN])).toEqual(
      fatal('AZCM0064: The agent service (himds) is not responding or unavailable', 64),
    );
    const offline = agentAt({ connected: false, networkUp: false });
    expect(runAzcmagent(offline.agent, ['connect', ...WHERE, ...LOGIN])).toEqual(
      fatal('AZCM0026: Network Error: the endpoints needed to connect to Azure are not reachable', 26),
    );
  });

  it('DOC AZCM0014 and AZCM0013: a bad cloud, bad tags', () => {
    const { agent } = agentAt({ connected: false });
    expect(runAzcmagent(agent, ['connect', ...WHERE, ...LOGIN, '--cloud', 'Mars'])).toEqual(
      fatal(
        "AZCM0014: The cloud 'Mars' is invalid. Specify AzureCloud, AzureUSGovernment or AzureChinaCloud",
        14,
      ),
    );
    expect(runAzcmagent(agent, ['connect', ...WHERE, ...LOGIN, '--tags', 'novalue'])).toEqual(
      fatal(
        'AZCM0013: The tags provided are invalid. Use --tags "Name=Value,Other=\'Value with spaces\'"',
        13,
      ),
    );
  });

  it('an interactive login cannot happen in a script: refused as not emulated, naming the way out', () => {
    const { agent } = agentAt({ connected: false });
    expect(runAzcmagent(agent, ['connect', ...WHERE])).toEqual({
      stdout: '',
      stderr:
        '[hotpatch-harness] azcmagent: an interactive login (pass a service principal or --access-token) is not emulated\n',
      exitCode: 1,
    });
    expect(runAzcmagent(agent, ['connect', ...WHERE, '--access-token', 'eyJ0.x.y']).exitCode).toBe(0);
  });
});

describe('azcmagent disconnect', () => {
  it('DOC: deletes the resource in Azure (needs a login and the network) and resets the agent', () => {
    const { clock, agent } = agentAt();
    clock.advance(3 * MIN);
    const rid =
      '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hotpatch-fleet/providers/Microsoft.HybridCompute/machines/web-01';
    expect(runAzcmagent(agent, ['disconnect', ...LOGIN])).toEqual({
      stdout:
        `INFO    Deleting resource from Azure...                 Correlation ID=2989a600-f32a-47d9-884d-c5d59e211ba7 Resource ID=${rid}\n` +
        'INFO    Disconnected machine from Azure\n',
      stderr: '',
      exitCode: 0,
    });
    expect(agent.resource).toBeUndefined();
    expect(agent.azureStatus).toBeUndefined();
    clock.advance(30 * MIN);
    expect(agent.tick()).toEqual({
      heartbeats: [],
      changes: [
        {
          at: Date.parse('2025-11-03T22:03:00Z'),
          kind: 'resource-removed',
          resourceId: rid,
          deletedInAzure: true,
        },
      ],
    });
  });

  it('DOC --force-local-only / -f: only the local reset, the resource stays in Azure', () => {
    const { agent } = agentAt({ networkUp: false });
    expect(runAzcmagent(agent, ['disconnect', '-f'])).toEqual({
      stdout: 'INFO    Disconnected machine from Azure\n',
      stderr: '',
      exitCode: 0,
    });
    expect(agent.tick().changes).toMatchObject([{ kind: 'resource-removed', deletedInAzure: false }]);
  });

  it('errors: not connected (AZCM0063, ASSUME wording), no network to delete (AZCM0026)', () => {
    const { agent } = agentAt({ connected: false });
    expect(runAzcmagent(agent, ['disconnect', '-f'])).toEqual(
      fatal('AZCM0063: The machine is not connected to Azure', 63),
    );
    const offline = agentAt({ networkUp: false });
    expect(runAzcmagent(offline.agent, ['disconnect', ...LOGIN])).toEqual(
      fatal('AZCM0026: Network Error: the endpoints needed to connect to Azure are not reachable', 26),
    );
  });
});

describe('azcmagent version, unknown commands and flags', () => {
  it('3P: azcmagent version prints the version line', () => {
    expect(runAzcmagent(agentAt().agent, ['version'])).toEqual({
      stdout: 'azcmagent version 1.58.03228.2572\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('INFER (cobra): an unknown subcommand, on stderr', () => {
    expect(runAzcmagent(agentAt().agent, ['stauts'])).toEqual({
      stdout: '',
      stderr: 'Error: unknown command "stauts" for "azcmagent"\nRun \'azcmagent --help\' for usage.\n',
      exitCode: 1,
    });
    // cobra matches subcommands exactly, so a differently cased one is unknown too
    expect(runAzcmagent(agentAt().agent, ['Show']).stderr).toContain('unknown command "Show"');
  });

  it('INFER (pflag): unknown flags and flags without their value', () => {
    const { agent } = agentAt();
    expect(runAzcmagent(agent, ['show', '--bogus'])).toEqual({
      stdout: '',
      stderr: 'Error: unknown flag: --bogus\n',
      exitCode: 1,
    });
    expect(runAzcmagent(agent, ['show', '-x']).stderr).toBe("Error: unknown shorthand flag: 'x' in -x\n");
    expect(runAzcmagent(agent, ['connect', '--location']).stderr).toBe(
      'Error: flag needs an argument: --location\n',
    );
    expect(runAzcmagent(agent, ['connect', '-g']).stderr).toBe("Error: flag needs an argument: 'g' in -g\n");
  });

  it('documented subcommands that are not emulated are refused by name', () => {
    expect(runAzcmagent(agentAt().agent, ['check'])).toEqual({
      stdout: '',
      stderr: "[hotpatch-harness] azcmagent: 'check' is not emulated\n",
      exitCode: 1,
    });
  });
});

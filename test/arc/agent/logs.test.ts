import { describe, expect, it } from 'vitest';
import {
  AZCMAGENT_LOG,
  createHimdsHandler,
  HIMDS_LOG,
  logLine,
  runAzcmagent,
} from '../../../simulators/arc/agent/index.js';
import { agentAt, MIN } from './fixtures.js';

const TOKEN_URL =
  'http://localhost:40342/metadata/identity/oauth2/token?api-version=2019-11-01&resource=https://management.azure.com/';

describe('the agent logs on the machine disk, in virtual time', () => {
  it('DOC: logrus text lines: time in RFC 3339, level, quoted msg, then fields', () => {
    expect(
      logLine(Date.parse('2020-08-07T20:13:50Z'), 'info', 'Successfully Onboarded Resource to Azure', {
        'VM Id': 'f65bffc7-4734-483e-b3ca-3164bfa42941',
      }),
    ).toBe(
      'time="2020-08-07T20:13:50Z" level=info msg="Successfully Onboarded Resource to Azure" VM Id=f65bffc7-4734-483e-b3ca-3164bfa42941\n',
    );
    expect(logLine(0, 'error', 'x', { error: 'network unreachable' })).toBe(
      'time="1970-01-01T00:00:00Z" level=error msg="x" error="network unreachable"\n',
    );
  });

  it('himds.log records service stop and start at boot, heartbeat failures and recovery', () => {
    const { clock, machine, agent } = agentAt();
    clock.advance(7 * MIN);
    machine.restart('requested');
    agent.tick();
    clock.advance(1 * MIN);
    agent.setNetworkUp(false);
    clock.advance(20 * MIN);
    agent.setNetworkUp(true);
    clock.advance(5 * MIN);
    machine.services.stop('himds');
    agent.tick();
    expect(machine.disk.readText(HIMDS_LOG)).toBe(
      [
        'time="2025-11-03T22:07:00Z" level=info msg="himds service stopping: system shutdown"',
        'time="2025-11-03T22:07:00Z" level=info msg="himds service started" version=1.58.03228.2572',
        'time="2025-11-03T22:12:00Z" level=error msg="Failed to send heartbeat" error="network unreachable"',
        'time="2025-11-03T22:32:00Z" level=info msg="Heartbeat sent after a failure"',
        'time="2025-11-03T22:33:00Z" level=info msg="himds service stopped"',
        '',
      ].join('\n'),
    );
  });

  it('himds.log records connect, disconnect and token requests; azcmagent.log only with --verbose (DOC)', async () => {
    const { clock, machine, agent } = agentAt({ connected: false });
    const login = ['-i', 'app-id', '-p', 'secret'];
    const where = ['-g', 'hotpatch-fleet', '-t', 'tenant', '-l', 'westeurope', '-s', 'sub'];
    expect(runAzcmagent(agent, ['connect', ...where, ...login]).exitCode).toBe(0);
    expect(machine.disk.exists(AZCMAGENT_LOG)).toBe(false);
    clock.advance(MIN);
    const handle = createHimdsHandler(agent);
    const challenge = await handle(new Request(TOKEN_URL, { headers: { Metadata: 'true' } }));
    const key = machine.disk.readText(
      challenge.headers.get('www-authenticate')?.slice('Basic realm='.length) ?? '',
    );
    await handle(new Request(TOKEN_URL, { headers: { Metadata: 'true', Authorization: `Basic ${key}` } }));
    await handle(new Request(TOKEN_URL, { headers: { Metadata: 'true', Authorization: 'Basic nope' } }));
    clock.advance(MIN);
    expect(runAzcmagent(agent, ['disconnect', '--force-local-only', '--verbose']).exitCode).toBe(0);
    const rid =
      '/subscriptions/sub/resourceGroups/hotpatch-fleet/providers/Microsoft.HybridCompute/machines/web-01';
    const keyFile = challenge.headers.get('www-authenticate')?.slice('Basic realm='.length) ?? '';
    expect(machine.disk.readText(HIMDS_LOG)).toBe(
      [
        `time="2025-11-03T22:00:00Z" level=info msg="Machine connected to Azure" resourceId=${rid}`,
        `time="2025-11-03T22:01:00Z" level=info msg="Token request challenged" keyFile="${keyFile.replaceAll('\\', '\\\\')}"`,
        'time="2025-11-03T22:01:00Z" level=info msg="Token issued" resource=https://management.azure.com/',
        'time="2025-11-03T22:01:00Z" level=warning msg="Token request refused: invalid key"',
        `time="2025-11-03T22:02:00Z" level=info msg="Machine disconnected from Azure" resourceId=${rid}`,
        '',
      ].join('\n'),
    );
    expect(machine.disk.readText(AZCMAGENT_LOG)).toBe(
      'time="2025-11-03T22:02:00Z" level=info msg="Disconnected machine from Azure"\n',
    );
  });
});

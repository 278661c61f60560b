import { describe, expect, it } from 'vitest';
import { runAzcmagent } from '../../../simulators/arc/agent/index.js';
import { agentAt, MIN } from './fixtures.js';

const at = (hhmmss: string) => Date.parse(`2025-11-03T${hhmmss}Z`);

describe('when Azure changed the status, and when it will change it next', () => {
  it('Connected since the start; nothing due while heartbeats arrive; the timeout once the network is down', () => {
    const { clock, agent } = agentAt();
    expect(agent.azureStatusSince).toBe(at('22:00:00'));
    expect(agent.nextAzureStatusChangeAt()).toBeUndefined();
    clock.advance(2 * MIN);
    agent.setNetworkUp(false);
    expect(agent.nextAzureStatusChangeAt()).toBe(at('22:15:00')); // the heartbeat at 22:00 + 15 minutes

    clock.set(at('22:15:00'));
    expect(agent.nextAzureStatusChangeAt()).toBeUndefined(); // Disconnected now, and the network is down
    expect(agent.azureStatus).toBe('Disconnected');
    expect(agent.azureStatusSince).toBe(at('22:15:00'));

    clock.set(at('22:31:00'));
    agent.setNetworkUp(true);
    expect(agent.nextAzureStatusChangeAt()).toBe(at('22:35:00')); // the next try on the 22:00 grid
    expect(agent.azureStatusSince).toBe(at('22:15:00'));

    clock.set(at('22:35:00'));
    // Asking syncs but does not drain: the tick still has both changes.
    expect(agent.nextAzureStatusChangeAt()).toBeUndefined();
    expect(agent.azureStatusSince).toBe(at('22:35:00'));
    expect(agent.tick().changes).toEqual([
      { at: at('22:15:00'), kind: 'status', from: 'Connected', to: 'Disconnected' },
      { at: at('22:35:00'), kind: 'status', from: 'Disconnected', to: 'Connected' },
    ]);
  });

  it('himds stopped: due 15 minutes after its last heartbeat; nothing due once Disconnected; the boot reconnects', () => {
    const { clock, machine, agent } = agentAt();
    clock.advance(7 * MIN);
    machine.services.stop('himds');
    agent.tick();
    expect(agent.nextAzureStatusChangeAt()).toBe(at('22:20:00'));
    clock.advance(60 * MIN);
    expect(agent.nextAzureStatusChangeAt()).toBeUndefined();
    expect(agent.azureStatusSince).toBe(at('22:20:00'));
    machine.restart('requested');
    agent.tick();
    expect(agent.azureStatus).toBe('Connected');
    expect(agent.azureStatusSince).toBe(at('23:07:00'));
    expect(agent.nextAzureStatusChangeAt()).toBeUndefined();
  });

  it('a network back in time: nothing due when the next try lands on the deadline, the deadline when it is earlier', () => {
    const tie = agentAt();
    tie.agent.setNetworkUp(false);
    tie.clock.set(at('22:12:00'));
    tie.agent.setNetworkUp(true);
    expect(tie.agent.nextAzureStatusChangeAt()).toBeUndefined(); // the try at 22:15 beats the 22:15 deadline

    const early = agentAt({ disconnectAfterMs: 12 * MIN });
    early.agent.setNetworkUp(false);
    early.clock.set(at('22:11:00'));
    early.agent.setNetworkUp(true);
    expect(early.agent.nextAzureStatusChangeAt()).toBe(at('22:12:00'));
    early.clock.set(at('22:12:00'));
    expect(early.agent.nextAzureStatusChangeAt()).toBe(at('22:15:00')); // Disconnected: the next try
  });

  it('ASSUME knob shorter than the interval: Azure flaps between heartbeats', () => {
    const { clock, agent } = agentAt({ disconnectAfterMs: 3 * MIN });
    expect(agent.nextAzureStatusChangeAt()).toBe(at('22:03:00'));
    clock.set(at('22:03:00'));
    expect(agent.nextAzureStatusChangeAt()).toBe(at('22:05:00'));
    expect(agent.azureStatusSince).toBe(at('22:03:00'));
    clock.set(at('22:05:00'));
    expect(agent.nextAzureStatusChangeAt()).toBe(at('22:08:00'));
    expect(agent.azureStatusSince).toBe(at('22:05:00'));
  });

  it('a try that lands on a deadline shorter than the interval keeps Connected, then lapses before the next', () => {
    // Tries fall on 21:58 + 5 minutes: 22:03, 22:08. The last heartbeat came at 22:00: deadline 22:03.
    const { agent } = agentAt(
      { networkUp: false, lastHeartbeat: at('22:00:00'), disconnectAfterMs: 3 * MIN },
      { bootedAt: at('21:58:00') },
    );
    agent.setNetworkUp(true);
    expect(agent.nextAzureStatusChangeAt()).toBe(at('22:06:00'));
  });

  it('no status before connect and after disconnect; Connected since the first heartbeat', () => {
    const { clock, agent } = agentAt({ connected: false });
    expect(agent.azureStatusSince).toBeUndefined();
    expect(agent.nextAzureStatusChangeAt()).toBeUndefined();
    clock.advance(2 * MIN);
    const login = ['-i', 'app-id', '-p', 'secret'];
    const where = ['-g', 'rg', '-t', 'tenant', '-l', 'westeurope', '-s', 'sub'];
    expect(runAzcmagent(agent, ['connect', ...where, ...login]).exitCode).toBe(0);
    expect(agent.azureStatusSince).toBe(at('22:02:00'));
    expect(agent.nextAzureStatusChangeAt()).toBeUndefined();
    clock.advance(MIN);
    expect(runAzcmagent(agent, ['disconnect', '--force-local-only']).exitCode).toBe(0);
    expect(agent.azureStatusSince).toBeUndefined();
    expect(agent.nextAzureStatusChangeAt()).toBeUndefined();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { AGENT_LOG_DIR, HIMDS_LOG } from '../../../simulators/arc/agent/index.js';
import { agentAt, MIN } from './fixtures.js';

/** Counts the memfs volumes created: a disk lays one out on its first use only. */
const volumes = vi.hoisted(() => ({ created: 0 }));
vi.mock('memfs', async (importOriginal) => {
  const memfs = await importOriginal<typeof import('memfs')>();
  class CountedVolume extends memfs.Volume {
    constructor(...args: ConstructorParameters<typeof memfs.Volume>) {
      super(...args);
      volumes.created++;
    }
  }
  return { ...memfs, Volume: CountedVolume };
});

const at = (hhmmss: string) => Date.parse(`2025-11-03T${hhmmss}Z`);

describe('the agent logs wait in memory until someone uses the disk', () => {
  it('logging does not lay out the disk; the first look does, and sees every line', () => {
    const { clock, machine, agent } = agentAt();
    const before = volumes.created;
    clock.advance(7 * MIN);
    machine.restart('requested');
    agent.tick();
    agent.setNetworkUp(false);
    clock.advance(30 * MIN);
    agent.tick();
    expect(agent.log.pending).toBe(3);
    expect(volumes.created).toBe(before);

    expect(machine.disk.exists(HIMDS_LOG)).toBe(true);
    expect(volumes.created).toBe(before + 1);
    expect(agent.log.pending).toBe(0);
    expect(machine.disk.readText(HIMDS_LOG).split('\n')).toEqual([
      'time="2025-11-03T22:07:00Z" level=info msg="himds service stopping: system shutdown"',
      'time="2025-11-03T22:07:00Z" level=info msg="himds service started" version=1.58.03228.2572',
      'time="2025-11-03T22:12:00Z" level=error msg="Failed to send heartbeat" error="network unreachable"',
      '',
    ]);
  });

  it('Get-Item shows when each line was logged, not when the disk was read', () => {
    const { clock, machine, agent } = agentAt();
    clock.set(at('22:07:00'));
    machine.restart('requested');
    clock.set(at('22:11:00'));
    agent.tick(); // logs the boot at 22:07, at 22:11: the first use of this disk
    clock.set(at('23:20:00'));
    agent.setNetworkUp(false);
    clock.set(at('23:40:00'));
    agent.tick(); // logs the failed try at 23:22, at 23:40
    clock.set(at('23:50:00'));

    expect(machine.disk.readText(HIMDS_LOG)).toContain(
      'time="2025-11-03T23:22:00Z" level=error msg="Failed to send heartbeat"',
    );
    expect(machine.disk.stat(HIMDS_LOG).lastWriteTime).toBe(at('23:40:00'));
    // The file and the disk date from the first line, as if it had been written then.
    expect(machine.disk.stat(AGENT_LOG_DIR).lastWriteTime).toBe(at('22:11:00'));
    expect(machine.disk.stat('C:\\ProgramData').lastWriteTime).toBe(at('22:11:00'));
  });

  it("lines and a script's own writes to the log land in the order they happened", () => {
    const { clock, machine, agent } = agentAt();
    clock.advance(MIN);
    machine.restart('requested');
    agent.tick();
    machine.disk.appendFile(HIMDS_LOG, 'a line from a script\n');
    machine.services.stop('himds');
    agent.tick();
    expect(machine.disk.readText(HIMDS_LOG).split('\n')).toEqual([
      'time="2025-11-03T22:01:00Z" level=info msg="himds service stopping: system shutdown"',
      'time="2025-11-03T22:01:00Z" level=info msg="himds service started" version=1.58.03228.2572',
      'a line from a script',
      'time="2025-11-03T22:01:00Z" level=info msg="himds service stopped"',
      '',
    ]);
  });

  it('ASSUME: lines are lost when a script removed the log folder; nobody gets an error', () => {
    const { clock, machine, agent } = agentAt();
    machine.disk.remove(AGENT_LOG_DIR, { recursive: true });
    clock.advance(MIN);
    machine.restart('requested');
    agent.tick();
    expect(agent.log.pending).toBe(2);
    expect(machine.disk.exists(HIMDS_LOG)).toBe(false);
    expect(agent.log.pending).toBe(0);
    machine.disk.mkdir(AGENT_LOG_DIR);
    machine.services.stop('himds');
    agent.tick();
    expect(machine.disk.readText(HIMDS_LOG)).toBe(
      'time="2025-11-03T22:01:00Z" level=info msg="himds service stopped"\n',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { runPlaybook } from '../../src/engine/playbook-runner.js';
import type { Playbook } from '../../src/playbooks/index.js';
import { driveTo, healthy, member, worldOf } from './scenario-helpers.js';

const MINUTE = 60_000;

/** A playbook that logs, waits 5 and then 2 virtual minutes, restarts, and ends. */
const probe: Playbook = {
  name: 'probe',
  description: 'test double',
  *run(ctx) {
    ctx.log(`at ${new Date(ctx.now()).toISOString()}`);
    yield { waitMs: 5 * MINUTE };
    ctx.log(`at ${new Date(ctx.now()).toISOString()}`);
    yield { waitMs: 2 * MINUTE };
    ctx.log(`restart: ${ctx.restart()}`);
    return {
      status: 'succeeded',
      summary: `done, connected ${ctx.arcConnected()}, ${ctx.hotpatch().status}`,
    };
  },
};

const setup = () => {
  const world = worldOf({
    period: { from: '2025-02', to: '2025-02' },
    fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5050009' }],
  });
  driveTo(world, '2025-02-03T10:00');
  return world;
};

describe('runPlaybook', () => {
  it('logs start, each line prefixed by the playbook name, waits on virtual time, and the outcome', () => {
    const world = setup();
    runPlaybook(world, member(world, 'm'), probe);
    driveTo(world, '2025-02-04');
    const lines = world.ledger.events.filter((e) => e.type === 'playbook').map((e) => [e.at, e.detail]);
    expect(lines).toEqual([
      ['2025-02-03T10:00:00.000Z', 'probe: started'],
      ['2025-02-03T10:00:00.000Z', 'probe: at 2025-02-03T10:00:00.000Z'],
      ['2025-02-03T10:05:00.000Z', 'probe: at 2025-02-03T10:05:00.000Z'],
      ['2025-02-03T10:07:00.000Z', 'probe: restart: true'],
      ['2025-02-03T10:07:00.000Z', 'probe: succeeded: done, connected true, Enabled'],
    ]);
  });

  it('DESIGN: a playbook’s restart counts with reason requested', () => {
    const world = setup();
    runPlaybook(world, member(world, 'm'), probe);
    driveTo(world, '2025-02-04');
    expect(world.ledger.machineMonths('m')[0]).toMatchObject({ restarts: 1, reasons: ['requested'] });
  });

  it('runs only up to its first wait at once; the rest waits for the queue', () => {
    const world = setup();
    runPlaybook(world, member(world, 'm'), probe);
    expect(world.ledger.events.filter((e) => e.type === 'playbook')).toHaveLength(2);
    driveTo(world, '2025-02-03T10:04');
    expect(world.ledger.events.filter((e) => e.type === 'playbook')).toHaveLength(2);
    driveTo(world, '2025-02-03T10:05:01');
    expect(world.ledger.events.filter((e) => e.type === 'playbook')).toHaveLength(3);
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import { loadScenarioInput } from '../../src/cli/scenario-input.js';
import { eventsInOrder } from '../../src/oracles/events-in-order.js';
import { ORACLES } from '../../src/oracles/index.js';
import { restartReasons } from '../../src/oracles/restart-reasons.js';
import { check, checked, enrolled } from './helpers.js';

const SCENARIOS = join(import.meta.dirname, '../../scenarios');

describe('every oracle holds on the shipped scenarios', () => {
  const files = readdirSync(SCENARIOS).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('mixed-fleet'));
  beforeAll(() => loadPowerShellGrammar());
  it.each(files)('%s', (file) => {
    const { scenario, scripts } = loadScenarioInput(join(SCENARIOS, file));
    const run = checked(scenario, { scripts });
    expect(run.violations).toEqual([]);
  });

  it('every oracle names its citation and says what must hold', () => {
    for (const o of ORACLES) {
      expect(o.id).toMatch(/^[a-z0-9-]+$/);
      expect(o.cites).toMatch(/^(DOMAIN\.md \d|DESIGN\.md )/);
      expect(o.statement.length).toBeGreaterThan(20);
    }
    expect(new Set(ORACLES.map((o) => o.id)).size).toBe(ORACLES.length);
  });
});

describe('restart-reasons (DESIGN.md report format v1)', () => {
  const run = checked({
    period: { from: '2025-10', to: '2025-11' },
    fleet: [enrolled, { name: 'db', installed: 'KB5065474' }],
    events: [{ at: '2025-11-04T21:30', machines: ['web'], playbook: 'october-2025-workaround-option-2' }],
  });

  it('holds: every restart has a reason and the totals add up', () => {
    expect(check(restartReasons, run)).toEqual([]);
  });

  it('catches a month with restarts but no reason, and fleet totals that do not add up', () => {
    const violations = check(restartReasons, run, {
      report: (r) => {
        Object.assign(r.machines[0]?.months[1] ?? {}, { reasons: [] });
        Object.assign(r.months[0] ?? {}, { restarts: 5 });
        return r;
      },
    });
    expect(violations.map((v) => `${v.machine ?? 'fleet'} ${v.month}: ${v.message}`)).toEqual([
      'web 2025-11: 1 restart(s) without a reason',
      "web 2025-11: restart at 2025-11-04T21:30:00.000Z for requested is not among the month's reasons",
      'fleet 2025-10: reasons count 2 restarts, the month 5',
      'fleet 2025-10: machines restarted 2 times, the month says 5',
    ]);
  });
});

describe('events-in-order (DESIGN.md report format v1)', () => {
  const run = checked({ period: { from: '2025-10', to: '2025-10' }, fleet: [enrolled] });

  it('holds on a run, and catches two events out of order', () => {
    expect(check(eventsInOrder, run)).toEqual([]);
    const swapped = check(eventsInOrder, run, {
      report: (r) => {
        r.events.unshift({ at: '2025-10-31T00:00:00.000Z', machine: 'web', type: 'fault', detail: 'late' });
        return r;
      },
    });
    expect(swapped).toHaveLength(1);
  });
});

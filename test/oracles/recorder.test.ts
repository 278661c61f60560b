import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { stateAfter, stepsOfEvents } from '../../src/oracles/facts.js';
import { FactRecorder } from '../../src/oracles/recorder.js';
import { checked, enrolled, scenario } from './helpers.js';

describe('FactRecorder: what the oracles see of a run, through RunOptions.observe', () => {
  const run = checked({
    period: { from: '2025-10', to: '2025-11' },
    fleet: [enrolled, { name: 'db' }],
    events: [{ at: '2025-10-20T08:00', machines: ['db'], fault: 'arc-disconnect' }],
  });
  const facts = run.facts;
  if (!facts) throw new Error('the run did not finish');

  it('keeps a snapshot at the start and one after each step that changed the machine', () => {
    const db = facts.machines.get('db');
    expect(db?.timeline.map((s) => [new Date(s.at).toISOString(), s.kb, s.connected])).toEqual([
      ['2025-10-01T00:00:00.000Z', 'KB5062553', true],
      ['2025-10-14T18:00:00.000Z', 'KB5066835', true],
      ['2025-10-20T08:00:00.000Z', 'KB5066835', false],
      ['2025-11-11T18:00:00.000Z', 'KB5068861', false],
    ]);
    // Each snapshot names the step it followed; steps that left db as it was (Azure noticing the
    // disconnection 15 minutes later, say) add none.
    expect(db?.timeline.map((s) => facts.steps[s.step]?.at)).toEqual(db?.timeline.map((s) => s.at));
    expect(facts.steps.length).toBeGreaterThan(db?.timeline.length ?? 0);
  });

  it('keeps each machine as it stood just before each Patch Tuesday', () => {
    const web = facts.machines.get('web');
    expect([...(web?.patchTuesdays.keys() ?? [])]).toEqual(['2025-10', '2025-11']);
    expect(web?.patchTuesdays.get('2025-11')).toMatchObject({
      kb: 'KB5066835',
      licenseExpired: true,
      restarts: 1,
    });
  });

  it('counts the report events logged by the end of each step', () => {
    expect(facts.steps.map((s) => s.events)).toEqual(
      [...facts.steps.map((s) => s.events)].sort((a, b) => a - b),
    );
    expect(facts.steps.at(-1)?.events).toBe(run.report?.events.length);
  });

  it('knows the step that logged each report event, whatever order the report gives same-instant events', () => {
    const two = checked({
      period: { from: '2025-11', to: '2025-11' },
      fleet: [{ name: 'db' }, { name: 'web' }],
      events: [
        { at: '2025-11-01T00:00', machines: ['web'], restart: true },
        { at: '2025-11-01T00:00', machines: ['db'], restart: true },
      ],
    });
    const f = two.facts;
    const events = two.report?.events ?? [];
    if (!f) throw new Error('the run did not finish');
    const steps = stepsOfEvents(f, events);
    const restarts = events.flatMap((e, i) =>
      e.type === 'restart' && e.at.startsWith('2025-11-01') ? [[e.machine, steps[i]] as const] : [],
    );
    // web's restart ran first (event order), yet the report lists db's first (fleet order).
    expect(restarts.map(([m]) => m)).toEqual(['db', 'web']);
    expect(restarts.map(([, s]) => s)).toEqual([2, 1]);
    for (const [m, s] of restarts) {
      const machine = f.machines.get(m);
      if (!machine) throw new Error(`no ${m}`);
      expect(stateAfter(machine, s ?? 0)?.restarts).toBe(1);
      expect(stateAfter(machine, (s ?? 0) - 1)?.restarts).toBe(0);
    }
    expect(stepsOfEvents(f, [{ at: 'never', machine: 'db', type: 'expect', detail: 'x' }])).toEqual([
      f.steps.length - 1,
    ]);
  });

  it('has the restarts and updates the machine recorded, and the update it started on', () => {
    const web = facts.machines.get('web');
    expect(web?.startKb).toBe('KB5065474');
    expect(web?.restarts.map((r) => [r.reason, r.applied])).toEqual([
      ['baseline', ['KB5066835']],
      ['license-expired', ['KB5068861']],
    ]);
  });

  it('refuses to give facts of a run it did not observe', () => {
    const recorder = new FactRecorder();
    runScenario(scenario({ period: { from: '2025-10', to: '2025-10' }, fleet: [enrolled] }));
    expect(() => recorder.facts()).toThrow('FactRecorder: the run was not observed');
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseUtc } from '../../simulators/shared/clock.js';
import { patchTuesday } from '../../simulators/windows-update/index.js';
import { loadScenarioInput } from '../../src/cli/scenario-input.js';
import { worldIssues } from '../../src/engine/build-world.js';
import { catalogReleases, EVENT_KINDS, scenarioArbitrary } from '../../src/explore/arbitraries/index.js';
import { propertyRuns } from '../../src/explore/property-runs.js';
import { runPaths, writeScenarioScripts } from '../../src/explore/scenario-scripts.js';
import { SHIPPED_SCRIPTS, scriptPath, shippedScripts } from '../../src/explore/shipped-scripts.js';
import { semanticIssues } from '../../src/scenario/checks/index.js';
import { type ScenarioInput, scenarioSchema } from '../../src/scenario/schema.js';
import { catalog, loadAsRun, timeoutFor } from './helpers.js';

const scenarios = scenarioArbitrary();
/** One fixed sample for the distribution checks (the same every run). */
const sample: ScenarioInput[] = fc.sample(scenarios, { numRuns: 600, seed: 2025 });
const events = sample.flatMap((s) => s.events ?? []);
const templates = sample.flatMap((s) => s.fleet);
const tmp = mkdtempSync(join(tmpdir(), 'hh-arbitraries-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('generated scenarios', () => {
  test.prop([scenarios], { numRuns: propertyRuns(150) })(
    'are valid for the schema, the loader and the world (worldIssues)',
    (input) => {
      const scenario = scenarioSchema.parse(input);
      expect(semanticIssues(scenario)).toEqual([]);
      expect(worldIssues(scenario, catalog)).toEqual([]);
    },
    timeoutFor(propertyRuns(150), 2),
  );

  test.prop([scenarios], { numRuns: propertyRuns(60) })(
    'written as YAML, load through the loader (as `hotpatch-harness run` does) to the same scenario',
    (input) => {
      expect(loadAsRun(stringify(input, { version: '1.2' }), 'explored.yaml')).toStrictEqual(
        scenarioSchema.parse(input),
      );
    },
    timeoutFor(propertyRuns(60), 10),
  );

  it('cover every edition, installation, platform, VBS, Arc and hotpatch state', () => {
    const seen = (key: string) =>
      new Set(templates.map((t) => (t as Record<string, unknown>)[key] ?? 'default'));
    expect(seen('edition')).toEqual(new Set(['default', 'standard', 'datacenter-azure-edition']));
    expect(seen('installation')).toEqual(new Set(['default', 'desktop']));
    expect(seen('platform')).toEqual(new Set(['default', 'physical', 'vmware', 'azure', 'hyperv-gen1']));
    expect(seen('firmware')).toEqual(new Set(['default', 'uefi', 'bios']));
    expect(seen('secureBoot')).toEqual(new Set(['default', true, false]));
    expect(seen('vbs')).toEqual(new Set(['default', 'configured', 'disabled']));
    expect(seen('arc')).toEqual(new Set(['default', 'disconnected', 'none']));
    expect(seen('hotpatch')).toEqual(new Set(['default', 'enabled']));
    expect(Math.max(...templates.map((t) => t.count ?? 1))).toBeGreaterThan(3);
  });

  it('start machines on, and install, the October 2025 updates and the rest of the catalog', () => {
    const started = new Set(templates.map((t) => t.installed));
    const installed = new Set(events.map((e) => e.install));
    for (const kb of ['KB5066835', 'KB5070773', 'KB5070881', 'KB5070893']) {
      expect(started).toContain(kb);
      expect(installed).toContain(kb);
    }
    const all = new Set([...started, ...installed]);
    expect(all.size).toBeGreaterThan(catalogReleases().length * 0.8);
  });

  it('switch event kinds on and off per scenario (swarm testing), every kind and fault reachable', () => {
    const kindOf = (e: Record<string, unknown>) =>
      e.install
        ? 'install'
        : e.restart
          ? 'restart'
          : e.run
            ? `run ${String(e.run).includes('workaround') ? 'workaround' : 'vbs'}`
            : String(e.hotpatch ?? e.playbook ?? e.fault);
    const perScenario = sample.map((s) => new Set((s.events ?? []).map((e) => kindOf(e))));
    expect(new Set(perScenario.flatMap((k) => [...k])).size).toBe(EVENT_KINDS.length);
    // Many scenarios with events use only a few kinds: the rare combinations get room.
    const few = perScenario.filter((k) => k.size > 0 && k.size <= 3).length;
    expect(few).toBeGreaterThan(sample.length / 5);
  });

  it('place events mostly in the interesting region, without leaving out the rest of the period', () => {
    const at = events.map((e) => parseUtc(e.at));
    const octNov = at.filter((t) => t >= parseUtc('2025-10-01') && t < parseUtc('2025-12-01')).length;
    const nearRelease = events.filter((e) => {
      const t = parseUtc(e.at);
      const release = parseUtc(`${patchTuesday(e.at.slice(0, 7))}T18:00`);
      return Math.abs(t - release) <= 3 * 24 * 3_600_000;
    }).length;
    const exactly = events.filter((e) => e.at.endsWith('T18:00')).length;
    expect(octNov / at.length).toBeGreaterThan(0.3);
    expect(nearRelease / at.length).toBeGreaterThan(0.3);
    expect(exactly).toBeGreaterThan(10);
    expect(
      at.filter((t) => t < parseUtc('2025-09-01') || t >= parseUtc('2026-02-01')).length,
    ).toBeGreaterThan(20);
  });

  it('run every shipped script, and only those, answering -Confirm both ways', () => {
    const runs = events.filter((e) => e.run !== undefined);
    expect(new Set(runs.map((e) => e.run))).toEqual(new Set(SHIPPED_SCRIPTS.map(scriptPath)));
    expect(new Set(runs.map((e) => e.confirm))).toEqual(new Set([true, undefined]));
    // Biased like every other event: a good share in October-November 2025.
    const octNov = runs.filter((e) => e.at >= '2025-10' && e.at < '2025-12').length;
    expect(octNov / runs.length).toBeGreaterThan(0.3);
    expect(runs.length / events.length).toBeGreaterThan(0.05);
  });

  it('written to a file with their scripts beside it, read every script as `hotpatch-harness run` does', async () => {
    const withRuns = sample.filter((s) => runPaths(s).length > 0).slice(0, 5);
    expect(withRuns).toHaveLength(5);
    for (const [i, input] of withRuns.entries()) {
      const dir = join(tmp, String(i));
      mkdirSync(dir);
      writeFileSync(join(dir, 'explored.yaml'), stringify(input, { version: '1.2' }));
      await writeScenarioScripts(dir, input, shippedScripts());
      const { scenario, scripts } = loadScenarioInput(join(dir, 'explored.yaml'));
      expect(scenario).toStrictEqual(scenarioSchema.parse(input));
      expect([...scripts]).toEqual(runPaths(input).map((p) => [p, shippedScripts().get(p)]));
    }
  });

  it('draw the knobs, manual updates and long periods sometimes', () => {
    expect(new Set(sample.map((s) => s.knobs?.licenseExpiry))).toEqual(
      new Set([undefined, 'always', 'never', 'random']),
    );
    expect(sample.some((s) => s.updates?.mode === 'manual')).toBe(true);
    expect(sample.some((s) => s.period.to >= '2026-07')).toBe(true);
  });
});

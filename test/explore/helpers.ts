import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ReleaseCatalog } from '../../simulators/windows-update/index.js';
import { worldIssues } from '../../src/engine/build-world.js';
import { readScenarioScripts, type ScenarioScripts } from '../../src/engine/scripts.js';
import type { Playbook } from '../../src/playbooks/index.js';
import { OVERRIDE_VALUE, OVERRIDES_KEY, removeLicensingMutex } from '../../src/playbooks/steps.js';
import { loadScenario, loadScenarioFile } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/schema.js';

/** The shipped catalog, parsed once for the whole file. */
export const catalog = ReleaseCatalog.default();

/** The loader's checks as `hotpatch-harness run` makes them: KBs in the catalog, the world's own. */
export const runChecks = {
  knownKbs: { has: (kb: string) => catalog.get(kb) !== undefined } as ReadonlySet<string>,
  check: (s: Scenario) => worldIssues(s, catalog),
};

/** Loads scenario text as `hotpatch-harness run` would. */
export const loadAsRun = (text: string, file: string): Scenario => loadScenario(text, file, runChecks);

/** The counterexamples of engine bugs found by exploration (test/explore/found/). */
export const FOUND = join(import.meta.dirname, 'found');

/** Loads a found counterexample as `hotpatch-harness run` would. */
export const loadFound = (id: string): Scenario => loadScenarioFile(join(FOUND, `${id}.yaml`), runChecks);

/** The scripts a found counterexample's `run:` events name (copied beside it, as explore writes them). */
export function foundScripts(id: string): ScenarioScripts {
  const file = join(FOUND, `${id}.yaml`);
  const { scripts, issues } = readScenarioScripts(loadScenarioFile(file, runChecks), file);
  if (issues.length > 0) throw new Error(`${file}: ${issues.map((i) => i.message).join('; ')}`);
  return scripts;
}

/**
 * The shipped catalog with one release's `installableOn` replaced: a planted variant (the November
 * 2025 hotpatch installable on KB5070881, say).
 */
export function plantedCatalog(kb: string, installableOn: readonly string[]): ReleaseCatalog {
  const file = join(import.meta.dirname, '../../simulators/windows-update/catalog/windows-server-2025.yaml');
  const data = parse(readFileSync(file, 'utf8'), { version: '1.2' }) as {
    releases: Array<Record<string, unknown>>;
  };
  const release = data.releases.find((r) => r.kb === kb);
  if (!release) throw new Error(`the catalog has no ${kb}`);
  release.installableOn = [...installableOn];
  return ReleaseCatalog.parse(stringify(data, { version: '1.2' }), 'planted-catalog.yaml');
}
/** Workaround option 2 with its restart removed, still claiming to have rescued the machine. */
export const option2WithoutRestart: Playbook = {
  name: 'october-2025-workaround-option-2',
  description: 'PLANTED BUG: option 2 without Restart-Computer',
  *run(ctx) {
    if (ctx.machine.services.find('HIMDS')) ctx.machine.services.stop('HIMDS');
    ctx.registry.newItem(OVERRIDES_KEY, { force: true });
    ctx.registry.newItemProperty(OVERRIDES_KEY, OVERRIDE_VALUE, 1, { propertyType: 'dword', force: true });
    removeLicensingMutex(ctx);
    yield { waitMs: 60_000 };
    return { status: 'succeeded', summary: 'override set, mutex handled: machine rescued' };
  },
};

/** A test's timeout for `runs` property runs of about `msPerRun` each (nightly counts run long). */
export const timeoutFor = (runs: number, msPerRun: number): number => Math.max(30_000, runs * msPerRun * 3);

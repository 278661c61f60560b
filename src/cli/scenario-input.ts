import { dirname, resolve } from 'node:path';
import { ReleaseCatalog } from '../../simulators/windows-update/index.js';
import { worldIssues } from '../engine/build-world.js';
import { readScenarioScripts, type ScenarioScripts } from '../engine/scripts.js';
import { loadScenarioFile } from '../scenario/load.js';
import type { Scenario } from '../scenario/schema.js';

/** The catalog's KBs as the loader checks them (synthetic ids are made on demand, so only `has` is real). */
const catalogKbs = (catalog: ReleaseCatalog): ReadonlySet<string> =>
  ({ has: (kb: string) => catalog.get(kb) !== undefined }) as ReadonlySet<string>;

/**
 * Loads a scenario file with its release catalog, checked against both and against what the
 * world can be. The scenario may name its own catalog (updates.catalog, relative to the scenario
 * file); `--catalog` wins. The scripts of its `run:` events are read too. Bad input throws the
 * loader's errors (exit code 2).
 */
export function loadScenarioInput(
  file: string,
  catalogOption?: string,
): { scenario: Scenario; catalog: ReleaseCatalog; scripts: ScenarioScripts } {
  const declared = loadScenarioFile(file).updates.catalog;
  const catalogFile =
    catalogOption ?? (declared === undefined ? undefined : resolve(dirname(file), declared));
  const catalog = catalogFile ? ReleaseCatalog.fromFile(catalogFile) : ReleaseCatalog.default();
  let scripts: ScenarioScripts = new Map();
  const scenario = loadScenarioFile(file, {
    knownKbs: catalogKbs(catalog),
    check: (s) => {
      const read = readScenarioScripts(s, file);
      scripts = read.scripts;
      return [...worldIssues(s, catalog), ...read.issues];
    },
  });
  return { scenario, catalog, scripts };
}

import { mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { writeAtomically } from '../report/write.js';
import type { ScenarioInput } from '../scenario/schema.js';

/** The `run:` paths a scenario's events name, each once, in event order. */
export function runPaths(scenario: Pick<ScenarioInput, 'events'>): string[] {
  return [...new Set((scenario.events ?? []).flatMap((e) => (e.run === undefined ? [] : [e.run])))];
}

/**
 * Writes the scripts a scenario's `run:` events name into `dir`, the folder its file goes to, at
 * the same relative paths (`scripts/x.ps1`): `run` resolves `run:` paths against the scenario
 * file, so the file replays wherever the folder is, with the very scripts the search ran. Returns
 * the files written. A path that would leave `dir`, or a script without text, is a bug here.
 */
export async function writeScenarioScripts(
  dir: string,
  scenario: Pick<ScenarioInput, 'events'>,
  scripts: ReadonlyMap<string, string>,
): Promise<string[]> {
  const written: string[] = [];
  for (const path of runPaths(scenario)) {
    const text = scripts.get(path);
    const file = join(dir, path);
    const inside = relative(dir, file);
    if (text === undefined || isAbsolute(path) || inside.startsWith('..') || isAbsolute(inside))
      throw new Error(`[hotpatch-harness] cannot write the script ${path} beside the scenario`);
    await mkdir(dirname(file), { recursive: true });
    await writeAtomically(file, text);
    written.push(file);
  }
  return written;
}

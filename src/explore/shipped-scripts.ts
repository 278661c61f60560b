import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The PowerShell scripts the project ships in scenarios/scripts/ (the documented procedures, in
 * our own words), by name. Generated `run:` events name them as `scripts/<name>.ps1`, the path a
 * scenario in scenarios/ uses.
 */
export const SHIPPED_SCRIPTS = [
  'check-vbs',
  'enable-vbs',
  'workaround-option-1-policy',
  'workaround-option-1-cleanup',
  'workaround-option-2',
] as const;
/** One shipped script's name. */
export type ShippedScript = (typeof SHIPPED_SCRIPTS)[number];

/** The folder the scenarios live in; `run:` paths of generated scenarios are relative to it. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** A shipped script's `run:` path, as a scenario in scenarios/ writes it. */
export const scriptPath = (name: ShippedScript): string => `scripts/${name}.ps1`;

let texts: ReadonlyMap<string, string> | undefined;

/**
 * Every shipped script's text by its `run:` path (RunOptions.scripts), read from disk once per
 * process: the search runs thousands of scenarios and the texts never change under it. A UTF-8
 * byte order mark is dropped, as readScenarioScripts does.
 */
export function shippedScripts(): ReadonlyMap<string, string> {
  texts ??= new Map(
    SHIPPED_SCRIPTS.map((name) => [
      scriptPath(name),
      readFileSync(join(SCENARIOS_DIR, scriptPath(name)), 'utf8').replace(/^\uFEFF/, ''),
    ]),
  );
  return texts;
}

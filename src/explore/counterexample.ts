import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Document } from 'yaml';
import { writeAtomically } from '../report/write.js';
import type { ScenarioInput } from '../scenario/schema.js';

/** What the comment header of a counterexample file says. */
export interface CounterexampleHeader {
  readonly oracle: string;
  readonly cites: string;
  readonly statement: string;
  /** The violations of the shrunk scenario, one line each. */
  readonly violations: readonly string[];
  readonly seed: number;
  readonly path: string;
  readonly replay: string;
  readonly reexplore: string;
  /** Set when the search ran with a planted catalog, rules or playbooks, which `run` does not use. */
  readonly planted?: string;
  /** The `run:` scripts, copied beside the file (see writeScenarioScripts). */
  readonly scripts?: readonly string[];
}

/**
 * A counterexample as a scenario file: a comment header naming the violated oracle, fast-check's
 * seed and path and the commands that replay it, then the scenario (YAML 1.2; templates and events
 * as one-line flow maps, as the scenarios folder writes them).
 */
export function counterexampleYaml(scenario: ScenarioInput, header: CounterexampleHeader): string {
  const doc = new Document(scenario, { version: '1.2' });
  for (const key of ['fleet', 'events']) {
    const seq = doc.get(key, true) as { items?: Array<{ flow?: boolean }> } | undefined;
    for (const item of seq?.items ?? []) item.flow = true;
  }
  const lines = [
    'Counterexample found by hotpatch-harness explore (property-based exploration).',
    `Oracle: ${header.oracle} (${header.cites}): ${header.statement}`,
    ...header.violations.map((v) => `Violation: ${v}`),
    `fast-check: seed ${header.seed}, path "${header.path}"`,
    `Replay:     ${header.replay}`,
    `Re-explore: ${header.reexplore}`,
    ...(header.planted ? [`Note: ${header.planted}`] : []),
    ...(header.scripts?.length
      ? [`Scripts:    ${header.scripts.join(', ')} (copied beside this file from scenarios/)`]
      : []),
  ];
  doc.commentBefore = lines.map((l) => ` ${l.replace(/\n/g, ' ')}`).join('\n');
  return doc.toString({ lineWidth: 0 });
}

/** Writes a counterexample to `out/counterexamples/<name>.yaml` and returns the file's path. */
export async function writeCounterexample(out: string, name: string, text: string): Promise<string> {
  const dir = join(out, 'counterexamples');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}.yaml`);
  await writeAtomically(file, text);
  return file;
}

import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import { runScenario } from '../engine/run.js';
import type { Report } from '../report/types.js';
import { type ReportFormat, writeReports } from '../report/write.js';
import { InputError } from './exit-codes.js';
import { loadScenarioInput } from './scenario-input.js';

/** Options of `hotpatch-harness run`. */
export interface RunCommandOptions {
  readonly seed?: number;
  readonly out: string;
  readonly formats: readonly ReportFormat[];
  readonly catalog?: string;
  /** Show a progress bar (a terminal, not CI). */
  readonly progress: boolean;
}

const FORMATS: readonly ReportFormat[] = ['json', 'md', 'csv', 'html'];

/** Parses `--format json,md`; json is always written, being the canonical report. */
export function parseFormats(text: string): ReportFormat[] {
  const wanted = text
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  const bad = wanted.filter((f) => !FORMATS.includes(f as ReportFormat));
  if (bad.length > 0)
    throw new InputError(
      `--format: unknown format ${bad.join(', ')}; expected some of ${FORMATS.join(', ')}`,
    );
  return [...new Set<ReportFormat>(['json', ...(wanted as ReportFormat[])])];
}

/** Parses `--seed`: a non-negative integer. */
export function parseSeed(text: string): number {
  if (!/^\d{1,15}$/.test(text))
    throw new InputError(`--seed: expected a non-negative integer, got "${text}"`);
  return Number(text);
}

/** Loads, runs and writes one scenario; returns the report and the folder it went to. */
export async function runCommand(
  file: string,
  options: RunCommandOptions,
): Promise<{ report: Report; dir: string }> {
  const { scenario, catalog, scripts } = loadScenarioInput(file, options.catalog);
  if (scripts.size > 0) await loadPowerShellGrammar();
  const bar = options.progress
    ? new SingleBar({ format: `${scenario.name} [{bar}] {value}/{total} months`, hideCursor: true })
    : undefined;
  const report = runScenario(scenario, {
    catalog,
    file,
    scripts,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(bar
      ? {
          onProgress: (done: number, total: number) => {
            if (done === 0) bar.start(total, 0);
            bar.update(done);
            if (done === total) bar.stop();
          },
        }
      : {}),
  });
  const dir = join(options.out, scenario.name);
  await writeReports(dir, report, options.formats);
  return { report, dir };
}

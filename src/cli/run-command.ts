import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import { monthsBetween } from '../../simulators/windows-update/index.js';
import { runInBatches } from '../engine/run-in-batches.js';
import { machinesIn, parseShard, type Shard } from '../engine/shard.js';
import { runOnWorkers } from '../engine/workers/run-on-workers.js';
import type { Report } from '../report/types.js';
import { type ReportFormat, writeReports } from '../report/write.js';
import { expandFleet } from '../scenario/expand.js';
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
  /** Worker threads; undefined: one per core once the fleet is large enough to gain from them. */
  readonly workers?: number;
  /** Simulate only this slice of the fleet (`--shard k/n`); `merge` joins the slices' reports. */
  readonly shard?: Shard;
}

/** Where a run goes: the main thread, or this many worker threads. */
export interface Threads {
  readonly inProcess: boolean;
  readonly workers: number;
}

/**
 * Measured on the project's 2-core machine with the benchmark fleet over 24 months: workers start
 * in about a quarter of a second (after a fifth of a second to bundle their code) and send each
 * batch back as it is done, and two cores give about 1.35 to 1.55 times one (two processes side by
 * side each run at about 70% of one alone). 10,000 machines take 2.6-3.3 s either way, 20,000
 * about 4 s either way, 40,000 take 9.5 s in the main thread and 6-7 s on two workers; so runs
 * stay in the main thread below a quarter of a million machine-months, and beyond take a worker
 * per quarter million, up to one per core.
 */
const MACHINE_MONTHS_PER_WORKER = 250_000;

/** How a run is threaded: as asked (`--workers 1` is the main thread), else by its size. */
export function threadsFor(
  machineMonths: number,
  machines: number,
  asked: number | undefined,
  cores = availableParallelism(),
): Threads {
  if (asked !== undefined) {
    const workers = Math.max(1, Math.min(asked, machines));
    return { inProcess: workers === 1, workers };
  }
  if (machineMonths < MACHINE_MONTHS_PER_WORKER) return { inProcess: true, workers: 1 };
  return {
    inProcess: false,
    workers: Math.max(1, Math.min(cores, Math.floor(machineMonths / MACHINE_MONTHS_PER_WORKER))),
  };
}

/** Parses `--workers`: a positive integer. */
export function parseWorkers(text: string): number {
  if (!/^\d{1,3}$/.test(text) || Number(text) < 1)
    throw new InputError(`--workers: expected a positive integer, got "${text}"`);
  return Number(text);
}

/** Parses `--shard k/n` (1 <= k <= n). */
export function parseShardOption(text: string): Shard {
  const shard = parseShard(text);
  if (!shard) throw new InputError(`--shard: expected k/n with 1 <= k <= n (e.g. 2/4), got "${text}"`);
  return shard;
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
  const dir = join(options.out, scenario.name);
  const machines = machinesIn(options.shard, expandFleet(scenario.fleet).length);
  const months = monthsBetween(scenario.period.from, scenario.period.to).length;
  const { inProcess, workers } = threadsFor(machines * months, machines, options.workers);
  if (!inProcess) {
    const report = await runOnWorkers(
      {
        file,
        ...(options.catalog === undefined ? {} : { catalog: options.catalog }),
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.shard === undefined ? {} : { shard: options.shard }),
        fleetSize: expandFleet(scenario.fleet).length,
      },
      workers,
    );
    await writeReports(dir, report, options.formats);
    return { report, dir };
  }
  if (scripts.size > 0) await loadPowerShellGrammar();
  const bar = options.progress
    ? new SingleBar({ format: `${scenario.name} [{bar}] {percentage}%`, hideCursor: true })
    : undefined;
  const report = runInBatches(scenario, {
    catalog,
    file,
    scripts,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.shard === undefined ? {} : { shard: options.shard }),
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
  await writeReports(dir, report, options.formats);
  return { report, dir };
}

// Fleet-scale benchmark (npm run bench): machine-months per second for fleets of 1,000, 10,000 and
// 100,000 machines over 24 months with every emulator on, on one thread and on all cores; the bare
// loop that makes the same decisions from plain objects, and the ratio; memory per idle fleet
// machine and peak RSS; exploration runs per second; the command line's cold start. Sizes can be
// narrowed with BENCH_SIZES=1000,10000. Prints a table, then the figures as JSON on the last line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { buildWorld } from '../src/engine/build-world.js';
import { runInBatches } from '../src/engine/run-in-batches.js';
import { runOnWorkers } from '../src/engine/workers/run-on-workers.js';
import { explore } from '../src/explore/explore.js';
import { KNOWN_ISSUES } from '../src/explore/known-issues.js';
import type { Report } from '../src/report/types.js';
import { scenarioSchema } from '../src/scenario/schema.js';
import { type BareTally, bareLoop } from './bare-loop.js';
import { fleetScenario } from './fleet-scenario.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const cores = availableParallelism();
const tmp = mkdtempSync(join(tmpdir(), 'hh-bench-'));
const seconds = (ms: number) => Math.round(ms) / 1000;
const time = async <T>(f: () => T | Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await f();
  return [value, performance.now() - started];
};

/** Machine-months per kind in a report, to check the bare loop decided the same. */
function tallyOf(report: Report): Omit<BareTally, 'restarts'> {
  const tally = { hotpatch: 0, baseline: 0, lcu: 0 };
  for (const machine of report.machines)
    for (const month of machine.months) if (month.kind !== 'none') tally[month.kind]++;
  return tally;
}

const fleets = [];
for (const machines of sizes) {
  const doc = fleetScenario(machines);
  const scenario = scenarioSchema.parse(doc);
  const machineMonths = machines * 24;
  const [bare, bareMs] = await time(() => bareLoop(scenario));
  // One thread, in-process, in batches, as a worker runs its slice.
  gc();
  const [, oneThreadMs] = await time(() => runInBatches(scenario, {}));
  const file = join(tmp, `fleet-${machines}.yaml`);
  writeFileSync(file, stringify(doc));
  gc();
  const [report, allCoresMs] = await time(() => runOnWorkers({ file, fleetSize: machines }, cores));
  const decided = tallyOf(report);
  fleets.push({
    machines,
    machineMonths,
    oneThreadSeconds: seconds(oneThreadMs),
    oneThreadMachineMonthsPerSecond: Math.round(machineMonths / (oneThreadMs / 1000)),
    allCoresSeconds: seconds(allCoresMs),
    allCoresMachineMonthsPerSecond: Math.round(machineMonths / (allCoresMs / 1000)),
    bareLoopSeconds: seconds(bareMs),
    // On one thread: the emulators' time over the bare loop's, for the same decisions.
    ratioToBareLoop: Math.round((oneThreadMs / bareMs) * 10) / 10,
    // Both cores' wall time, counted once per core, over the bare loop's: contention counts against it.
    allCoresRatioToBareLoop: Math.round(((allCoresMs * cores) / bareMs) * 10) / 10,
    sameDecisions:
      decided.hotpatch === bare.hotpatch && decided.baseline === bare.baseline && decided.lcu === bare.lcu,
  });
}

// Memory: an idle fleet machine (machine, registry clone, agent, plane entry), over 10,000 of them.
gc();
const before = process.memoryUsage().heapUsed;
const world = buildWorld(scenarioSchema.parse(fleetScenario(10_000)));
gc();
const bytesPerIdleMachine = Math.round((process.memoryUsage().heapUsed - before) / world.fleet.size);

const [summary] = await time(() =>
  explore({ runs: 2000, seed: 20251111, out: join(tmp, 'explore'), known: KNOWN_ISSUES }),
);
const exploreRunsPerSecond = Math.round((summary.runs / summary.durationMs) * 1000);

const coldStarts: number[] = [];
for (let i = 0; i < 3; i++) {
  const [, ms] = await time(() =>
    spawnSync(
      process.execPath,
      [
        'bin/hotpatch-harness.js',
        'run',
        'scenarios/fresh-enrollment.yaml',
        '--out',
        join(tmp, 'cold'),
        '--format',
        'json',
      ],
      { stdio: 'ignore' },
    ),
  );
  coldStarts.push(ms);
}
const coldStartSeconds = seconds([...coldStarts].sort((a, b) => a - b)[1] ?? 0);
rmSync(tmp, { recursive: true, force: true });

const machine = `${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`;
console.table(fleets);
console.table({
  'bytes per idle fleet machine': bytesPerIdleMachine,
  'peak RSS (MB)': Math.round(process.resourceUsage().maxRSS / 1024),
  'exploration runs per second': exploreRunsPerSecond,
  'hotpatch-harness run cold start (s)': coldStartSeconds,
});
console.log(
  JSON.stringify({
    machine,
    fleets,
    bytesPerIdleMachine,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    exploreRunsPerSecond,
    coldStartSeconds,
  }),
);

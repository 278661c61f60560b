import { Command, CommanderError } from 'commander';
import { execCommand } from './cli/exec-command.js';
import { EXIT, InputError, isInputError } from './cli/exit-codes.js';
import { type ExploreFlags, exploreCommand, parseExploreFlags } from './cli/explore-command.js';
import { mergeCommand } from './cli/merge-command.js';
import { runAllCommand } from './cli/run-all-command.js';
import { parseFormats, parseSeed, parseShardOption, parseWorkers, runCommand } from './cli/run-command.js';
import { serveCommand } from './cli/serve-command.js';
import { scenarioJsonSchema } from './scenario/json-schema.js';

/** The flags of `run`, as commander hands them over. */
interface RunFlags {
  seed?: string;
  out: string;
  format: string;
  catalog?: string;
  workers?: string;
  shard?: string;
}

/** The command line (DESIGN.md "Command line"). */
export function buildProgram(out: (line: string) => void = console.log): Command {
  const program = new Command('hotpatch-harness')
    .description(
      'Deterministic simulation of the Windows Server 2025 hotpatch lifecycle on Azure Arc: run automation against a simulated fleet over simulated months.',
    )
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError();

  program
    .command('run')
    .description('run a scenario and write its monthly restart report')
    .argument('<scenario>', 'a scenario file (YAML or JSON, format v1)')
    .option('--seed <n>', "override the scenario's seed")
    .option('--out <dir>', 'where reports go (DIR/<scenario-name>/report.*)', 'reports')
    .option('--format <list>', 'report formats: json,md,csv,html', 'json,md,csv,html')
    .option('--catalog <file>', 'a release catalog to use instead of the built-in one')
    .option('--workers <n>', 'worker threads (default: one per core for fleets of 1,000 machines or more)')
    .option('--shard <k/n>', 'simulate only the k-th of n slices of the fleet; join them with merge')
    .action(async (file: string, opts: RunFlags) => {
      const { report, dir } = await runCommand(file, {
        out: opts.out,
        formats: parseFormats(opts.format),
        progress: Boolean(process.stderr.isTTY) && !process.env.CI,
        ...(opts.seed === undefined ? {} : { seed: parseSeed(opts.seed) }),
        ...(opts.catalog === undefined ? {} : { catalog: opts.catalog }),
        ...(opts.workers === undefined ? {} : { workers: parseWorkers(opts.workers) }),
        ...(opts.shard === undefined ? {} : { shard: parseShardOption(opts.shard) }),
      });
      for (const m of report.months) {
        const reasons = Object.entries(m.reasons)
          .map(([r, n]) => `${r} ${n}`)
          .join(', ');
        out(
          `${m.month}  ${m.hotpatched} hotpatched, ${m.restarts} restarts${reasons ? ` (${reasons})` : ''}`,
        );
      }
      for (const e of report.expectations.filter((x) => !x.pass)) {
        out(`expectation failed: ${JSON.stringify(e.expect)}, got ${JSON.stringify(e.actual)}`);
      }
      out(`${report.verdict}: reports in ${dir}`);
      out(`reproduce: ${report.reproduce}`);
      if (report.verdict !== 'pass') process.exitCode = EXIT.expectFailed;
    });

  program
    .command('merge')
    .description("join the reports of a run's shards (run --shard k/n) into the whole run's report")
    .argument('<reports...>', "the shards' report.json files (or the folders holding them)")
    .option('--out <dir>', 'where the merged reports go (DIR/<scenario-name>/report.*)', 'reports')
    .option('--format <list>', 'report formats: json,md,csv,html', 'json,md,csv,html')
    .action(async (files: string[], opts: { out: string; format: string }) => {
      const { report, dir } = await mergeCommand(files, {
        out: opts.out,
        formats: parseFormats(opts.format),
      });
      out(`${report.verdict}: ${report.machines.length} machines from ${files.length} shards in ${dir}`);
      out(`reproduce: ${report.reproduce}`);
      if (report.verdict !== 'pass') process.exitCode = EXIT.expectFailed;
    });

  program
    .command('run-all')
    .description('run every scenario in a folder and write an index page (what npm start does)')
    .option('--scenarios <dir>', 'the scenarios folder', 'scenarios')
    .option('--out <dir>', 'where reports go', 'reports')
    .action(async (opts: { scenarios: string; out: string }) => {
      const { failed } = await runAllCommand(opts.scenarios, opts.out, ['json', 'md', 'csv', 'html'], out);
      if (failed > 0) process.exitCode = EXIT.expectFailed;
    });

  program
    .command('serve')
    .description("serve a scenario's emulated Azure Resource Manager over HTTP on 127.0.0.1")
    .argument('<scenario>', 'a scenario file (YAML or JSON, format v1)')
    .option('--port <n>', 'the port (0 picks a free one)', '0')
    .option('--catalog <file>', 'a release catalog to use instead of the built-in one')
    .option('--seed <n>', "override the scenario's seed")
    .action(async (file: string, opts: { port: string; catalog?: string; seed?: string }) => {
      if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535) {
        throw new InputError(`--port: expected a port number 0-65535, got "${opts.port}"`);
      }
      const server = await serveCommand(file, {
        port: Number(opts.port),
        host: '127.0.0.1',
        log: out,
        ...(opts.catalog === undefined ? {} : { catalog: opts.catalog }),
        ...(opts.seed === undefined ? {} : { seed: parseSeed(opts.seed) }),
      });
      await server.closed;
    });

  program
    .command('explore')
    .description('generate fleets and timelines, check the oracles, shrink and save the first failure')
    .option('--runs <n>', 'how many scenarios to generate', '1000')
    .option('--seed <n>', 'the exploration seed (default: a fresh one, printed)')
    .option('--minutes <m>', 'stop after this many minutes of wall time')
    .option('--out <dir>', 'where counterexamples go (DIR/counterexamples/<name>.yaml)', 'reports')
    .action(async (opts: ExploreFlags) => {
      process.exitCode = await exploreCommand(parseExploreFlags(opts), out);
    });

  program
    .command('exec')
    .description('run one PowerShell script on one simulated machine and print its streams')
    .argument('<script>', 'a .ps1 file')
    .option('--machine-from <scenario:machine>', "a scenario's machine (default: an enrolled Datacenter VM)")
    .option('--at <date>', 'when to run it: everything due by then happens first (UTC)')
    .option('--confirm', 'answer -Confirm prompts with yes', false)
    .action(async (script: string, opts: { machineFrom?: string; at?: string; confirm: boolean }) => {
      process.exitCode = await execCommand(
        script,
        {
          confirm: opts.confirm,
          ...(opts.machineFrom === undefined ? {} : { machineFrom: opts.machineFrom }),
          ...(opts.at === undefined ? {} : { at: opts.at }),
        },
        out,
      );
    });

  program
    .command('schema')
    .description('print the JSON Schema of scenario files, for editors')
    .action(() => out(JSON.stringify(scenarioJsonSchema(), null, 2)));

  return program;
}

/** Runs the command line; errors in the input print without a stack trace and exit 2. */
export async function main(argv: readonly string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await buildProgram().parseAsync([...argv]);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help asked for, or shown because no command was given, is not an error.
      const help = ['commander.help', 'commander.helpDisplayed', 'commander.version'].includes(error.code);
      return help || error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (isInputError(error)) {
      console.error(error.message);
      return EXIT.badInput;
    }
    console.error(
      `hotpatch-harness: internal error (a bug; please report it with the command that caused it)`,
    );
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT.internal;
  }
}

export { InputError };

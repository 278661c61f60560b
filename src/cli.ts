import { Command } from 'commander';

/** The command line. Commands arrive with the layers that implement them. */
export function buildProgram(): Command {
  return new Command('hotpatch-harness')
    .description(
      'Deterministic simulation of the Windows Server 2025 hotpatch lifecycle on Azure Arc: run automation against a simulated fleet over simulated months.',
    )
    .version('0.1.0')
    .showHelpAfterError()
    .action(function (this: Command) {
      this.outputHelp();
    });
}

await buildProgram().parseAsync(process.argv);

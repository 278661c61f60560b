import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderIndexPage } from '../report/index-page.js';
import type { ReportFormat } from '../report/write.js';
import { writeAtomically } from '../report/write.js';
import { InputError } from './exit-codes.js';
import { runCommand } from './run-command.js';

/** Runs every scenario file in a folder into `out`, then writes `out/index.html`. */
export async function runAllCommand(
  folder: string,
  out: string,
  formats: readonly ReportFormat[],
  log: (line: string) => void,
): Promise<{ failed: number }> {
  let files: string[];
  try {
    files = readdirSync(folder)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort();
  } catch {
    throw new InputError(`${folder}: cannot read the scenarios folder`);
  }
  const entries = [];
  for (const file of files) {
    const { report, dir } = await runCommand(join(folder, file), { out, formats, progress: false });
    const restarts = report.months.reduce((sum, m) => sum + m.restarts, 0);
    log(
      `${report.verdict === 'pass' ? 'pass' : 'FAIL'}  ${report.scenario}  (${report.machines.length} machines, ${restarts} restarts) → ${dir}`,
    );
    entries.push({ report, folder: report.scenario });
  }
  await writeAtomically(join(out, 'index.html'), renderIndexPage(entries));
  log(`index → ${join(out, 'index.html')}`);
  return { failed: entries.filter((e) => e.report.verdict !== 'pass').length };
}

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MergeError, mergeShardReports } from '../report/merge.js';
import type { Report } from '../report/types.js';
import { type ReportFormat, writeReports } from '../report/write.js';
import { InputError } from './exit-codes.js';

/** A report.json as merge reads it: the file itself, or the folder `run` wrote it into. */
function readShardReport(path: string): { source: string; report: Report } {
  let file = path;
  try {
    if (statSync(path).isDirectory()) file = join(path, 'report.json');
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let report: Report;
  try {
    report = JSON.parse(text) as Report;
  } catch (error) {
    throw new InputError(`${file}: not JSON (${(error as Error).message})`);
  }
  if (report?.format !== 'hotpatch-harness/report@1')
    throw new InputError(`${file}: expected a hotpatch-harness/report@1 report.json`);
  return { source: file, report };
}

/** `hotpatch-harness merge <reports...>`: joins shard reports and writes the whole run's reports. */
export async function mergeCommand(
  files: readonly string[],
  options: { out: string; formats: readonly ReportFormat[] },
): Promise<{ report: Report; dir: string }> {
  const shards = files.map(readShardReport);
  let report: Report;
  try {
    report = mergeShardReports(shards);
  } catch (error) {
    if (error instanceof MergeError) throw new InputError(error.message);
    throw error;
  }
  const dir = join(options.out, report.scenario);
  await writeReports(dir, report, options.formats);
  return { report, dir };
}

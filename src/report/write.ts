import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJsonChunks } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './types.js';

/** A report file format. */
export type ReportFormat = 'json' | 'md' | 'csv' | 'html';

const RENDERERS: Record<
  ReportFormat,
  { file: string; render: (report: Report) => string | Iterable<string> }
> = {
  // In chunks: a large fleet's report.json is longer than a JavaScript string may be.
  json: { file: 'report.json', render: renderJsonChunks },
  md: { file: 'report.md', render: renderMarkdown },
  csv: { file: 'report.csv', render: renderCsv },
  html: { file: 'report.html', render: renderHtml },
};

const ORDER: readonly ReportFormat[] = ['json', 'md', 'csv', 'html'];

// Tells apart two writes of the same file by one process (two reports into one folder at once).
let sequence = 0;

/**
 * Writes `text` to `target` so that the target is always either its old content or the new one:
 * write a temporary file in the same folder, fsync it, rename it over the target. On any failure
 * the temporary file is removed and the error rethrown.
 */
export async function writeAtomically(target: string, text: string | Iterable<string>): Promise<void> {
  sequence += 1;
  const temp = `${target}.tmp-${process.pid}-${sequence}`;
  let created = false;
  try {
    // 'wx': never reuse (and then delete) a file someone else made under this name.
    const handle = await open(temp, 'wx');
    created = true;
    try {
      if (typeof text === 'string') await handle.writeFile(text, 'utf8');
      else for (const chunk of text) await handle.write(chunk, null, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    if (created) await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes the chosen formats into `dir` (created if missing) as report.json, report.md, report.csv
 * and report.html, each atomically. Every format is rendered before any file is touched, so a
 * renderer's failure writes nothing (report.json's canonical form is built first too; only its
 * text is produced while it is written, in chunks). Returns the paths written, in json, md, csv, html order.
 */
export async function writeReports(
  dir: string,
  report: Report,
  formats: ReadonlyArray<ReportFormat>,
): Promise<string[]> {
  for (const format of formats) {
    if (!Object.hasOwn(RENDERERS, format)) {
      throw new Error(
        `[hotpatch-harness] unknown report format: ${String(format)} (expected json, md, csv or html)`,
      );
    }
  }
  const chosen = ORDER.filter((format) => formats.includes(format));
  const outputs = chosen.map((format) => ({
    path: join(dir, RENDERERS[format].file),
    text: RENDERERS[format].render(report),
  }));
  await mkdir(dir, { recursive: true });
  for (const output of outputs) await writeAtomically(output.path, output.text);
  return outputs.map((output) => output.path);
}

import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/report/csv.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { type ReportFormat, writeReports } from '../../src/report/write.js';
import { smallReport } from './fixture.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'report-write-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('writeReports', () => {
  it('writes every format into a new folder, atomically, and returns the paths', async () => {
    const dir = join(root, 'reports', 'report-fixture');
    const paths = await writeReports(dir, smallReport(), ['html', 'csv', 'md', 'json']);
    expect(paths).toEqual(['report.json', 'report.md', 'report.csv', 'report.html'].map((f) => join(dir, f)));
    expect(await readFile(join(dir, 'report.json'), 'utf8')).toBe(renderJson(smallReport()));
    expect(await readFile(join(dir, 'report.md'), 'utf8')).toBe(renderMarkdown(smallReport()));
    expect(await readFile(join(dir, 'report.csv'), 'utf8')).toBe(renderCsv(smallReport()));
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toBe(renderHtml(smallReport()));
    expect((await readdir(dir)).sort()).toEqual(['report.csv', 'report.html', 'report.json', 'report.md']);
  });

  it('writes only the formats asked for, once each', async () => {
    const paths = await writeReports(root, smallReport(), ['csv', 'csv']);
    expect(paths).toEqual([join(root, 'report.csv')]);
    expect(await readdir(root)).toEqual(['report.csv']);
  });

  it('replaces an existing report', async () => {
    await writeFile(join(root, 'report.json'), 'old');
    await writeReports(root, smallReport(), ['json']);
    expect(await readFile(join(root, 'report.json'), 'utf8')).toBe(renderJson(smallReport()));
  });

  it('lets two writes into one folder run at once', async () => {
    await Promise.all([
      writeReports(root, smallReport(), ['json', 'md']),
      writeReports(root, smallReport(), ['json', 'md']),
    ]);
    expect((await readdir(root)).sort()).toEqual(['report.json', 'report.md']);
  });

  it('fails when the target is a folder, leaving no temporary file and the folder as it was', async () => {
    await mkdir(join(root, 'report.json'));
    await expect(writeReports(root, smallReport(), ['json'])).rejects.toThrow();
    expect(await readdir(root)).toEqual(['report.json']);
    expect((await stat(join(root, 'report.json'))).isDirectory()).toBe(true);
  });

  it('rejects an unknown format before touching the disk', async () => {
    const dir = join(root, 'never');
    await expect(writeReports(dir, smallReport(), ['json', 'pdf' as ReportFormat])).rejects.toThrow(
      '[hotpatch-harness] unknown report format: pdf (expected json, md, csv or html)',
    );
    await expect(stat(dir)).rejects.toThrow(/ENOENT/);
  });
});

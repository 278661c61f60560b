import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeReports } from '../../src/report/write.js';
import { smallReport } from './fixture.js';

// The disk fails where the test says: after writing half the file, at fsync, or at rename.
const fault = vi.hoisted(() => ({ at: 'none' as 'none' | 'write' | 'sync' | 'rename' }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const failure = (call: string) =>
    Object.assign(new Error(`ENOSPC: no space left on device, ${call}`), { code: 'ENOSPC' });
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      if (fault.at === 'write') {
        handle.writeFile = async (data) => {
          await handle.write(String(data).slice(0, 100));
          throw failure('write');
        };
      }
      if (fault.at === 'sync') {
        handle.sync = async () => {
          throw failure('fsync');
        };
      }
      return handle;
    },
    rename: async (...args: Parameters<typeof actual.rename>) => {
      if (fault.at === 'rename') throw failure('rename');
      return actual.rename(...args);
    },
  };
});

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'report-faults-'));
  fault.at = 'none';
});

afterEach(async () => {
  fault.at = 'none';
  await rm(root, { recursive: true, force: true });
});

describe('writeReports when the disk fails', () => {
  it.each(['write', 'sync', 'rename'] as const)(
    'at %s: rethrows, removes the temporary file, keeps the old report whole',
    async (at) => {
      await writeFile(join(root, 'report.md'), 'old report\n');
      fault.at = at;
      await expect(writeReports(root, smallReport(), ['md'])).rejects.toThrow('ENOSPC');
      expect(await readdir(root)).toEqual(['report.md']);
      expect(await readFile(join(root, 'report.md'), 'utf8')).toBe('old report\n');
    },
  );

  it('leaves no partial target when there was none', async () => {
    fault.at = 'write';
    await expect(writeReports(root, smallReport(), ['html'])).rejects.toThrow('ENOSPC');
    expect(await readdir(root)).toEqual([]);
  });

  it('works again once the disk does', async () => {
    fault.at = 'sync';
    await expect(writeReports(root, smallReport(), ['json'])).rejects.toThrow('ENOSPC');
    fault.at = 'none';
    await writeReports(root, smallReport(), ['json']);
    expect(await readdir(root)).toEqual(['report.json']);
  });
});

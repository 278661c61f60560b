import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInputError } from '../../../src/cli/exit-codes.js';
import { runOnWorkers } from '../../../src/engine/workers/run-on-workers.js';

const tmp = mkdtempSync(join(tmpdir(), 'hh-workers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('runOnWorkers', () => {
  it('rejects with the input error a worker met, naming the file (exit code 2 at the command line)', async () => {
    const file = join(tmp, 'broken.yaml');
    writeFileSync(file, 'name: broken\nseed: [\n');
    const run = runOnWorkers({ file, fleetSize: 10 }, 2);
    const error = await run.catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toContain('broken.yaml');
  }, 30_000);
});

import { defineConfig } from 'vitest/config';

// CI asks for a machine-readable copy of the results (see .ci/run) through this variable.
const resultsFile = process.env.HOTPATCH_TEST_RESULTS;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    reporters: resultsFile ? ['default', ['json', { outputFile: resultsFile }]] : ['default'],
  },
});

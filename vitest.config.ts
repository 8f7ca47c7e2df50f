import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Most tests wait on files and child processes as much as on the CPU: use every core (the default leaves one idle).
    maxWorkers: availableParallelism(),
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Each test file in its own process: native better-sqlite3 handles and temp folders stay apart.
    pool: 'forks',
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests read the contract from source so they do not depend on a prior `schema` build.
    alias: { '@gd/schema': fileURLToPath(new URL('../schema/src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 10_000,
    // tests/run-all.mjs reads the counts from this report.
    reporters: process.env.GD_VITEST_JSON ? ['default', ['json', { outputFile: process.env.GD_VITEST_JSON }]] : ['default'],
  },
});

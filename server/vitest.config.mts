import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // SWC instead of esbuild: Nest and MikroORM need emitDecoratorMetadata, which esbuild does not emit.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // One copy of graphql: Nest requires the CommonJS build, so our imports (and libraries that take graphql objects from us) must get the
    // same one, not the .mjs builds,
    // or `instanceof GraphQLScalarType` fails across the two.
    alias: ['graphql', 'graphql-jit', 'graphql-query-complexity', 'graphql-ws', 'graphql-subscriptions'].map((pkg) => ({
      find: new RegExp(`^${pkg}$`),
      replacement: require.resolve(pkg),
    })),
  },
  test: {
    include: ['src/**/*.spec.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: process.env.GD_VITEST_JSON ? ['default', ['json', { outputFile: process.env.GD_VITEST_JSON }]] : ['default'],
  },
});

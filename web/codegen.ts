import type { CodegenConfig } from '@graphql-codegen/cli'

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{vue,ts}', '!src/gql/**/*', '!src/**/*.spec.ts'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // `getFragmentData` instead of `useFragment`: it is a plain function, not a Vue composable.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        scalars: { DateTime: 'string', LocalDate: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
      },
    },
  },
}

export default config

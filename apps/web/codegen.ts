// Types for every GraphQL operation of the web app, from the schema the API serves (schema.graphql
// at the repository root, printed by `npm run schema`): a renamed field fails the build.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        onlyOperationTypes: true,
        avoidOptionals: { field: true },
        scalars: { DateTime: 'string', Date: 'string' },
        useTypeImports: true,
      },
    },
  },
  hooks: { afterOneFileWrite: ['prettier --write'] },
};

export default config;

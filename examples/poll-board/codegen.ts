import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the app's operations from the gateway's printed schema (no running gateway needed).
 * Every custom scalar is mapped: a date-time is its ISO string, an upload never reaches a query,
 * and free-form custom data is typed JSON (src/json.ts), so nothing comes out as `any`.
 */
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      plugins: [{ add: { content: "import type { JsonValue, JsonObject } from '../json';" } }],
      config: {
        useTypeImports: true,
        strictScalars: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          JSON: 'JsonValue',
          JSONObject: 'JsonObject',
          NonNegativeInt: 'number',
          URL: 'string',
          Upload: 'never',
        },
      },
    },
  },
};

export default config;

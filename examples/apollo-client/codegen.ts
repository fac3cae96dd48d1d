import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * What a frontend team runs: typed documents and fragment types from Guildhall's printed schema
 * (schema.graphql at its repository's root, or a copy of it) and the operations written in src/.
 */
const config: CodegenConfig = {
  schema: "../../schema.graphql",
  documents: ["src/**/*.ts", "!src/gql/**"],
  generates: {
    "src/gql/": {
      preset: "client",
      // Not a React app: the unmasking helper gets a name that does not look like a hook.
      presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", JSON: "Record<string, unknown>", Upload: "File" },
      },
    },
  },
  ignoreNoDocuments: false,
};

export default config;

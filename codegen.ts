import { readdirSync, readFileSync } from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Each module's models.ts says what backs its GraphQL types: an export named like a type maps it, an
 * export named `<Enum>Enum` gives that enum's internal values. Found by looping over the module
 * folders, so adding a domain adds no line here.
 */
function moduleModels() {
  const mappers: Record<string, string> = {};
  const enumValues: Record<string, string> = {};
  for (const domain of readdirSync("src/modules", { withFileTypes: true })) {
    const file = `src/modules/${domain.name}/models.ts`;
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const [, name] of text.matchAll(/^export type (\w+)\b/gm)) {
      const target = `../../modules/${domain.name}/models.ts#${name}`;
      if (name!.endsWith("Enum")) enumValues[name!.slice(0, -"Enum".length)] = target;
      else mappers[name!] = target;
    }
    for (const [, names] of text.matchAll(/^export type \{([^}]*)\} from/gm)) {
      for (const name of names!.split(",").map((n) => n.trim()).filter(Boolean)) mappers[name] = `../../modules/${domain.name}/models.ts#${name}`;
    }
  }
  return { mappers, enumValues };
}

/** `npm run codegen`: resolver typings from schema/*.graphql, with the database rows as parent types. */
const config: CodegenConfig = {
  schema: "schema/*.graphql",
  generates: {
    "src/graphql/generated/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: "../../context.ts#RequestContext",
        mapperTypeSuffix: "Model",
        ...moduleModels(),
        scalars: { DateTime: "Date", JSON: "Record<string, unknown>", Upload: "Promise<import('graphql-upload/processRequest.mjs').FileUpload>" },
      },
    },
  },
};

export default config;

/**
 * Builds the executable schema from schema/*.graphql and the resolvers, and enforces the auth markers:
 * every root field must say `@public` or `@authenticated`, and `@authenticated` fields refuse anonymous
 * callers before their resolver runs.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { RequestContext } from "../context.ts";
import { unauthenticated } from "../errors.ts";
import { toGraphQLError } from "./errors.ts";
import { resolvers } from "./resolvers.ts";

export const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema");

export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => readFileSync(path.join(schemaDir, file), "utf8"));
}

/** Root fields with neither auth marker, as `Type.field`. Empty for a well-formed schema. */
export function unmarkedRootFields(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const markers = field.astNode?.directives?.filter((d) => ["public", "authenticated"].includes(d.name.value)) ?? [];
      if (markers.length !== 1) missing.push(`${type!.name}.${field.name}`);
    }
  }
  return missing;
}

export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  const missing = unmarkedRootFields(schema);
  if (missing.length) {
    throw new Error(`Every root field needs exactly one of @public or @authenticated; check: ${missing.join(", ")}`);
  }
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (!field.astNode?.directives?.some((d) => d.name.value === "authenticated")) continue;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        if (!context.viewer) throw toGraphQLError(unauthenticated());
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

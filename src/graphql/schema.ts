/**
 * Builds the executable schema from schema/*.graphql and the resolvers, and enforces the auth markers:
 * every root field must say `@public` or `@authenticated`, and `@authenticated` fields refuse anonymous
 * callers before their resolver runs.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { addResolversToSchema } from "@graphql-tools/schema";
import { buildASTSchema, defaultFieldResolver, Kind, parse, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { RequestContext } from "../context.ts";
import { credentialsRejected, unauthenticated } from "../errors.ts";
import { projectPath } from "../lib/project-root.ts";
import { toGraphQLError } from "./errors.ts";
import { resolvers } from "./resolvers.ts";

export const schemaDir = projectPath("schema");

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

let built: GraphQLSchema | undefined;

/**
 * The executable schema, built once per process: HTTP (Apollo) and WebSocket (graphql-ws) share it, and
 * neither changes it. Building it is the largest piece of a start's own work (parsing the SDL, building the
 * types, attaching resolvers); building it once and attaching the resolvers to the schema just built
 * (`updateResolversInPlace`) rather than to a copy saved ~100 ms (bench/RESULTS.md, "Start and idle memory").
 */
export function buildSchema(): GraphQLSchema {
  built ??= makeSchema();
  return built;
}

function makeSchema(): GraphQLSchema {
  // schema/*.graphql is source, read at every start: tests/server.test.ts checks it is valid SDL, not every start (~25 ms).
  // One document, its `extend type`s and all, built by graphql itself: graphql-tools' makeExecutableSchema merged
  // the files' definitions first and then rebuilt ("healed") the schema, a third of the time (bench/RESULTS.md,
  // "eighth round"). No locations: nothing reads where in the SDL a definition was.
  const document = parse(loadTypeDefs().join("\n"), { noLocation: true });
  const schema = addResolversToSchema({ schema: buildASTSchema(document, { assumeValidSDL: true }), resolvers, updateResolversInPlace: true });
  const missing = unmarkedRootFields(schema);
  if (missing.length) {
    throw new Error(`Every root field needs exactly one of @public or @authenticated; check: ${missing.join(", ")}`);
  }
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) describeAccess(field);
  }
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (!isAuthenticated(field)) continue;
      field.resolve = signedInOnly(field.resolve ?? defaultFieldResolver);
    }
  }
  // A subscription is refused when it starts; each event is checked again as it comes (src/events/live.ts).
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    if (isAuthenticated(field) && field.subscribe) field.subscribe = signedInOnly(field.subscribe);
  }
  return schema;
}

const isAuthenticated = (field: GraphQLField<unknown, RequestContext>) =>
  Boolean(field.astNode?.directives?.some((d) => d.name.value === "authenticated"));

/**
 * Says in a root field's description whether it needs a signed-in viewer: introspection does not show
 * directives on fields, and a frontend team's tools (GraphiQL, codegen from the endpoint) read descriptions.
 */
function describeAccess(field: GraphQLField<unknown, RequestContext>) {
  const access = isAuthenticated(field) ? "Needs a signed-in viewer (`@authenticated`)." : "Open to anyone, signed in or not (`@public`).";
  const description = `${field.description ?? ""}\n${access}`.trim();
  field.description = description;
  if (field.astNode) field.astNode = { ...field.astNode, description: { kind: Kind.STRING, value: description, block: true } };
}

function signedInOnly(resolve: GraphQLFieldResolver<unknown, RequestContext>): GraphQLFieldResolver<unknown, RequestContext> {
  return (source, args, context, info) => {
    if (!context.viewer) throw toGraphQLError(context.credentialsRejected ? credentialsRejected() : unauthenticated());
    return resolve(source, args, context, info);
  };
}

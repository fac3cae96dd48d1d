/** Every module's resolvers, merged into the one map the schema is built from. */
import type { Resolvers } from "./generated/resolvers-types.ts";
import { modules } from "../modules/index.ts";
import { DateTime, JSONObject } from "./scalars.ts";

/** Merges resolver maps type by type (two modules may both add fields to `Organisation`). */
export function mergeResolvers(maps: readonly Resolvers[]): Resolvers {
  const merged: Record<string, object> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) merged[typeName] = { ...merged[typeName], ...fields };
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = mergeResolvers([{ DateTime, JSON: JSONObject }, ...modules.flatMap((module) => module.resolvers ?? [])]);

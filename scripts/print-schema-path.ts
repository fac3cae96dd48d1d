import path from "node:path";

/** The printed schema, at the repository's root (scripts/print-schema.ts writes it, scripts/schema-check.ts reads it). */
export const SCHEMA_FILE = path.resolve(import.meta.dirname, "../schema.graphql");

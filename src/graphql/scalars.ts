/** The DateTime and JSON scalars. */
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { isoDateTime } from "../lib/dates.ts";

export const DateTime = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "An ISO-8601 date and time, e.g. `2026-11-28T16:00:00.000Z`.",
  serialize: (value) => isoDateTime(value instanceof Date ? value : new Date(String(value))),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError("DateTime must be an ISO-8601 date and time.");
    return date;
  },
  parseLiteral: (ast) => {
    const date = ast.kind === Kind.STRING ? new Date(ast.value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) throw new GraphQLError("DateTime must be an ISO-8601 date and time.");
    return date;
  },
});

export const JSONObject = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  name: "JSON",
  description: "A JSON object.",
  serialize: (value) => value as Record<string, unknown>,
  parseValue: (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new GraphQLError("JSON must be an object.");
    return value as Record<string, unknown>;
  },
});

/**
 * Statements built once per database handle and reused. drizzle otherwise rebuilds a query's SQL on
 * every call: profiling the organisation page put about a third of the server's CPU there. Values go in
 * through `sql.placeholder(name)`; list parameters use `= any(...)` so one statement serves every length.
 * A prepared select also maps its rows with a mapper compiled for it (row-mapper.ts).
 */
import type { Db } from "./client.ts";
import { withCompiledRowMapper } from "./row-mapper.ts";

const statements = new WeakMap<object, Map<string, unknown>>();

export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let forDb = statements.get(db);
  if (!forDb) statements.set(db, (forDb = new Map()));
  let statement = forDb.get(name) as T | undefined;
  if (!statement) forDb.set(name, (statement = withCompiledRowMapper(build(db))));
  return statement;
}

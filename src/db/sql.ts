/** SQL fragments the query modules share. */
import { sql, type Column, type Placeholder, type SQL } from "drizzle-orm";

/**
 * `column = any($1)` with the whole list as one array parameter: unlike `IN ($1, $2, …)`, the statement
 * text is the same for any number of keys, so a prepared statement serves every batch size. Pass the list,
 * or a `sql.placeholder` for one (src/db/prepared.ts).
 */
export function anyOf(column: Column, values: readonly unknown[] | Placeholder): SQL {
  return sql`${column} = any(${Array.isArray(values) ? sql.param(values) : values})`;
}

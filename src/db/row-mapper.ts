/**
 * Rows to objects for prepared selects, compiled once per statement. drizzle maps every row by walking the
 * statement's field list afresh: a prototype-chain `is()` check per column per row, an iterator per column
 * path, a map to tell left-joined tables that matched nothing. On the organisation page that was 12–17 % of
 * the server's CPU. A prepared statement's field list never changes, so this turns it, once, into a function
 * that builds the same objects directly (`customResultMapper`, drizzle's own hook for mapping a prepared
 * query's rows, on PostgreSQL and PGlite alike). tests/db/row-mapper.test.ts checks the result against
 * drizzle's mapping, null left joins, aliases and SQL fields included.
 */
import { Column, getTableName, is, noopDecoder, SQL } from "drizzle-orm";
import { PgPreparedQuery, PgTimestamp } from "drizzle-orm/pg-core";

/** A field of drizzle's ordered selection: where its value goes in the result, and what it is. */
type SelectedField = { path: string[]; field: unknown };
type Decoder = { mapFromDriverValue(value: unknown): unknown };
type RowsMapper = (rows: unknown[][]) => unknown[];

/** The parts of drizzle's prepared query this needs (set by drizzle's select builder; not in its public types). */
type MappablePreparedQuery = { fields?: SelectedField[]; joinsNotNullableMap?: Record<string, boolean>; customResultMapper?: RowsMapper };

/** Gives a prepared select a compiled row mapper; anything else (no field list, or a mapper of its own) is left as it is. */
export function withCompiledRowMapper<T>(statement: T): T {
  if (!(statement instanceof PgPreparedQuery)) return statement;
  const query = statement as unknown as MappablePreparedQuery;
  if (query.fields && !query.customResultMapper) query.customResultMapper = compileRowMapper(query.fields, query.joinsNotNullableMap);
  return statement;
}

/**
 * What a field's value is decoded with: what drizzle's `mapResultRow` uses (in the same order of checks), except
 * that a timestamp with time zone, as a column or as SQL mapped with one (`sql\`…\`.mapWith(column)`), is read by
 * timestampDecoder.
 */
function decoderOf(field: unknown): Decoder {
  const decoder = drizzleDecoderOf(field);
  return is(decoder, PgTimestamp) && decoder.withTimezone ? timestampDecoder : decoder;
}

function drizzleDecoderOf(field: unknown): Decoder {
  if (is(field, Column)) return field;
  type Decoded = { decoder: Decoder };
  if (is(field, SQL)) return (field as unknown as Decoded).decoder;
  const subqueryOrAliased = field as { _?: { sql: Decoded }; sql?: Decoded };
  return (subqueryOrAliased._?.sql ?? subqueryOrAliased.sql)!.decoder;
}

/**
 * `timestamp with time zone` as PostgreSQL writes it to a UTC session, `2026-11-30 12:34:56.123456+00`, read
 * digit by digit: half the time of `new Date(text)` (drizzle's decoding), whose parser first tries every other
 * format it knows, and a page holds a few hundred of these. Anything else (another zone, a year past 9999,
 * BC, infinity) and values a driver already decoded go the way drizzle takes.
 */
export const timestampDecoder: Decoder = {
  mapFromDriverValue(value) {
    if (typeof value !== "string") return value;
    const text = value;
    if (text.length < 22 || text.charCodeAt(4) !== 45 || text.charCodeAt(10) !== 32) return new Date(text);
    let end = 19;
    let milliseconds = 0;
    if (text.charCodeAt(19) === 46) {
      // Up to microseconds; Date keeps milliseconds, truncated as its own parser does.
      let scale = 100;
      for (end = 20; end < text.length; end++) {
        const digit = text.charCodeAt(end) - 48;
        if (digit < 0 || digit > 9) break;
        milliseconds += digit * scale;
        scale /= 10;
      }
    }
    if (text.length !== end + 3 || text.charCodeAt(end) !== 43 || text.charCodeAt(end + 1) !== 48 || text.charCodeAt(end + 2) !== 48) return new Date(text);
    const year = digits(text, 0, 4);
    const time = Date.UTC(year, digits(text, 5, 2) - 1, digits(text, 8, 2), digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2), Math.floor(milliseconds));
    // Date.UTC reads years 0–99 as 1900–1999; and a digit out of range is no date this reads.
    return year < 100 || Number.isNaN(time) ? new Date(text) : new Date(time);
  },
};

/**
 * The number `count` decimal digits of `text` at `start` spell. A function of the module, not a closure made
 * per call: the build keeps function names (keepNames), which costs a property definition per closure made.
 */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** A decoder that returns its input: most columns (text, uuid, boolean, integer) and undecoded SQL. */
function decodesToItself(decoder: Decoder): boolean {
  return decoder.mapFromDriverValue === Column.prototype.mapFromDriverValue || decoder.mapFromDriverValue === noopDecoder.mapFromDriverValue;
}

type Node = { children: Map<string, Node>; column?: number };

/**
 * The mapper for one field list. Same objects as drizzle's mapResultRow: keys in field order, `null` kept
 * as `null` without decoding, and a table object set to `null` where drizzle would: its first column is
 * null, all its columns come from one table, and the query's joins let that table be missing.
 */
export function compileRowMapper(fields: SelectedField[], joinsNotNullableMap?: Record<string, boolean>): RowsMapper {
  const decoders = fields.map(({ field }) => decoderOf(field));
  const root: Node = { children: new Map() };
  fields.forEach(({ path }, index) => {
    let node = root;
    for (const chunk of path) {
      let child = node.children.get(chunk);
      if (!child) node.children.set(chunk, (child = { children: new Map() }));
      node = child;
    }
    node.column = index;
  });

  // drizzle's rule for nulling a joined table's object, decided here once: which column's null stands for the table.
  const nullWhen = new Map<string, number>();
  if (joinsNotNullableMap) {
    const seen = new Map<string, { column: number; table: string | null }>();
    fields.forEach(({ path, field }, index) => {
      if (!is(field, Column) || path.length !== 2) return;
      const table = getTableName(field.table);
      const entry = seen.get(path[0]!);
      if (!entry) seen.set(path[0]!, { column: index, table });
      else if (entry.table !== table) entry.table = null;
    });
    for (const [objectName, { column, table }] of seen) if (table !== null && !joinsNotNullableMap[table]) nullWhen.set(objectName, column);
  }

  const value = (column: number) =>
    decodesToItself(decoders[column]!) ? `r[${column}]` : `(r[${column}] === null ? null : d[${column}].mapFromDriverValue(r[${column}]))`;
  const object = (node: Node, depth: number): string =>
    `{ ${[...node.children]
      .map(([key, child]) => {
        const built = child.column !== undefined && child.children.size === 0 ? value(child.column) : object(child, depth + 1);
        const nullColumn = depth === 0 ? nullWhen.get(key) : undefined;
        return `${JSON.stringify(key)}: ${nullColumn === undefined ? built : `r[${nullColumn}] === null ? null : ${built}`}`;
      })
      .join(", ")} }`;
  const body = `const out = new Array(rows.length);
for (let i = 0; i < rows.length; i++) { const r = rows[i]; out[i] = ${object(root, 0)}; }
return out;`;
  return new Function("d", `return function mapRows(rows) { ${body} }`)(decoders) as RowsMapper;
}

/**
 * Keyset pages of child rows for many parents in one statement: a LATERAL subquery per parent walks a
 * (parent key, id) index in id order and stops after `limit` rows, so a page costs the same however many
 * rows the parent has. Every connection's batch query (members, activity, servers, devices) is one of
 * these. A page of one parent reads the children alone, with no parent row to join. Values may be
 * `sql.placeholder`s, for statements built once (prepared.ts).
 */
import { and, asc, desc, eq, getTableColumns, gt, lt, sql, type Column, type Placeholder, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./client.ts";
import { anyOf } from "./sql.ts";

export type PagesPerParent<C extends PgTable> = {
  /**
   * The parent table (organisations, users) and the ids of the parents wanted: a list (or a placeholder for
   * one), or `{ one }` for a statement that serves exactly one parent. PostgreSQL settles on one generic plan
   * for `= $1` after a few executions, where `= any($1)` keeps being planned again at every execution (the
   * planner cannot price an array of unknown length below a fresh plan): the single-parent statement is what
   * a page of one organisation, the usual case, sends. That statement reads the children alone: joined to its
   * one parent row, the page also cost PostgreSQL a sort of its rows and a scan of the parent's key (the
   * organisation's log page 0.22 → 0.18 ms of backend CPU, its member page 0.23 → 0.20).
   */
  parents: PgTable;
  parentId: Column;
  parentIds: readonly string[] | Placeholder | { one: Placeholder };
  /** The child table, its id column, and its column naming the parent (a child belongs to the parent it names). */
  children: C;
  childId: Column;
  parentOfChild: Column;
  /** Further conditions on the children (an action filter, "personal only"). */
  where?: SQL;
  newestFirst?: boolean;
  afterId: string | Placeholder | null;
  limit: number | Placeholder;
  /**
   * A row to read beside each child in the same statement (a left join on the page), e.g. the user a
   * membership names: `columns` of `table` (all of them, or all but a secret), returned as the row's
   * `alongside` (null when none), for the caller to hand on rather than read it in another statement.
   */
  alongside?: Alongside<Record<string, PgColumn>>;
};

type Alongside<F extends Record<string, PgColumn>> = { table: PgTable; columns: F; on: (page: Record<string, PgColumn>) => SQL };
/** The row a record of columns selects, as drizzle types it. */
type RowOf<F extends Record<string, PgColumn>> = { [K in keyof F]: F[K]["_"]["notNull"] extends true ? F[K]["_"]["data"] : F[K]["_"]["data"] | null };

/** The built statement: await it, or `.prepare(name)` it once and `.execute(values)` it many times. */
export type PagesStatement<Row> = PromiseLike<Row[]> & {
  prepare(name: string): { execute(values?: Record<string, unknown>): Promise<Row[]> };
};

export function pagesPerParent<C extends PgTable, F extends Record<string, PgColumn>>(
  db: Db,
  options: PagesPerParent<C> & { alongside: Alongside<F> },
): PagesStatement<C["$inferSelect"] & { alongside: RowOf<F> | null }>;
export function pagesPerParent<C extends PgTable>(db: Db, options: PagesPerParent<C>): PagesStatement<C["$inferSelect"]>;
export function pagesPerParent<C extends PgTable>(db: Db, options: PagesPerParent<C>): PagesStatement<C["$inferSelect"]> {
  const { parentIds, parentOfChild } = options;
  const one = "one" in parentIds;
  const belongsToParent = one ? eq(parentOfChild, parentIds.one) : eq(parentOfChild, options.parentId);
  const { page, fields, lookup } = pageSubquery(db, { ...options, belongsToParent });
  const select = db.select(fields as Record<string, PgColumn>);
  const pages = one ? select.from(page as never) : select.from(options.parents).crossJoinLateral(page as never);
  const joined = lookup ? pages.leftJoinLateral(lookup as never, sql`true`) : pages;
  const statement = (one ? joined : joined.where(anyOf(options.parentId, parentIds))).orderBy((options.newestFirst ? desc : asc)(page.id!));
  return statement as unknown as PagesStatement<C["$inferSelect"]>;
}

/**
 * One page's part of a statement: what a page selects of its children (`belongsToParent`: those of one parent),
 * in which order, and how many.
 */
export type PageOfChildren<C extends PgTable> = Pick<PagesPerParent<C>, "children" | "childId" | "where" | "newestFirst" | "afterId" | "limit" | "alongside"> & {
  belongsToParent: SQL;
};

/**
 * The LATERAL subquery of one parent's page (`page`) and the fields that select whole child rows through it,
 * typed and decoded like the table's, with `alongside`'s columns when there are any, read by `lookup`: to be
 * LEFT JOIN LATERAL'ed `on true` after the page.
 *
 * `lookup` finds each row's alongside by key, row by row: a LATERAL subquery with LIMIT 1, which PostgreSQL
 * plans on its own rather than merging it into the join. Joined plainly, the log's page (its size a parameter,
 * so its generic plan guesses at how many rows it holds) hashed the whole users table for every page: 0.25 of
 * the statement's 0.6 ms with 3,000 users, and more with every account.
 */
export function pageSubquery<C extends PgTable>(db: Db, options: PageOfChildren<C>) {
  const order = options.newestFirst ? desc : asc;
  const after =
    options.afterId === null ? undefined : options.newestFirst ? lt(options.childId, options.afterId) : gt(options.childId, options.afterId);
  const page = db
    .select(getTableColumns(options.children) as Record<string, PgColumn>)
    .from(options.children as PgTable)
    .where(and(options.belongsToParent, after, options.where))
    .orderBy(order(options.childId))
    .limit(options.limit as number)
    .as("page") as unknown as Record<string, PgColumn>;
  const fields: Record<string, unknown> = Object.fromEntries(Object.keys(getTableColumns(options.children)).map((key) => [key, page[key]!]));
  if (!options.alongside) return { page, fields, lookup: undefined };
  const { table, columns, on } = options.alongside;
  const lookup = db.select(columns).from(table).where(on(page)).limit(1).as("alongside") as unknown as Record<string, PgColumn>;
  fields.alongside = Object.fromEntries(Object.keys(columns).map((key) => [key, lookup[key]!]));
  return { page, fields, lookup };
}

/**
 * The database handle: PGlite in a data directory by default, a real PostgreSQL when DATABASE_URL is set.
 * Both run the same drizzle migrations and the same queries. Every statement drizzle sends is counted,
 * so tests and the bench can show that a request's cost does not grow with the size of a list.
 */
import { accessSync, constants, readFileSync } from "node:fs";
import { makeDirectory } from "../lib/directories.ts";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { projectPath } from "../lib/project-root.ts";
import { PGLITE_SETTINGS } from "./pglite-settings.ts";

/**
 * A database or a transaction: every query function takes one of these. Queries name their tables
 * directly (no relational `db.query` API), so the handle needs no schema object, and no central list of
 * tables exists: each module keeps its own in `tables.ts` (drizzle.config.ts finds them).
 */
export type Db = PgDatabase<PgQueryResultHKT>;

export const migrationsFolder = projectPath("drizzle");

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  /** Statements sent since the database was opened. */
  statementCount(): number;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  /**
   * Calls `onPayload` with every NOTIFY on `channel` (PostgreSQL: on a connection of its own, reconnecting by
   * itself; PGlite: within the one instance). Resolves, once listening, to the function that stops it.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

export type DatabaseOptions = {
  databaseUrl?: string;
  dataDir: string;
  poolSize?: number;
  /** PostgreSQL: the longest a statement may run, and a transaction may sit idle, before the server ends it (ms; 0: no limit). */
  statementTimeoutMs?: number;
  idleInTransactionTimeoutMs?: number;
};

/**
 * Any number of processes may start at once on one database: each takes this session-level advisory lock
 * around its migrations, so one migrates and the others then find nothing to do (without it, two fresh
 * starts race to create the same types and the second dies on pg_type's unique index).
 */
const MIGRATION_LOCK = 7_343_201_901;

/** The `when` of drizzle/'s newest migration, from its journal. */
export function newestMigration(): number {
  const journal = readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8");
  const { entries } = JSON.parse(journal) as { entries: { when: number }[] };
  return Math.max(...entries.map((entry) => entry.when));
}

/**
 * Whether the database has recorded the migration of `newest` (newestMigration) or a newer one as applied.
 * drizzle's migrator runs the migrations newer than the record it finds newest (ordered by `created_at`, where a
 * null comes first and counts as none), so such a database has none to run, and a restart, the usual start, costs
 * one statement on the connection its requests go on to use instead of a connection of the migrator's own, the
 * lock and drizzle's six statements (bench/RESULTS.md, "eighth round"). `select` runs one statement with one
 * parameter and returns its rows; a database never migrated has no such table (false).
 */
export async function hasNewestMigration(
  select: (text: string, parameter: number) => Promise<Record<string, unknown>[]>,
  newest: number,
): Promise<boolean> {
  try {
    const [row] = await select(`select created_at >= $1 as "applied" from drizzle.__drizzle_migrations order by created_at desc limit 1`, newest);
    return row?.applied === true;
  } catch (error) {
    // The driver's error, or drizzle's around it (a `select` that goes through drizzle).
    const { code, cause } = error as { code?: unknown; cause?: { code?: unknown } };
    if ((code ?? cause?.code) === UNDEFINED_TABLE) return false;
    throw error;
  }
}

/** PostgreSQL's SQLSTATE for a relation (or its schema) that does not exist. */
const UNDEFINED_TABLE = "42P01";

/** A setting the process cannot start with; main.ts prints it as one line naming the variable. */
export class StartupError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`${variable}: ${detail}`);
    this.name = "StartupError";
  }
}

/** host:port/database of a URL, never its password. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "(an unparsable URL)";
  }
}

/** The driver's own words for a failure, without its stack: the code and the message, or the cause's. */
function reason(error: unknown): string {
  let current: any = error;
  while (current?.cause && !current.code) current = current.cause;
  const message = String(current?.message ?? error);
  const code = typeof current?.code === "string" && !message.startsWith(current.code) ? `${current.code}: ` : "";
  return `${code}${message}`.replace(/\s+/g, " ").trim();
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let statements = 0;
  const logger = { logQuery: () => void statements++ };
  const statementCount = () => statements;

  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
      connect_timeout: 10,
      connection: {
        application_name: "guildhall",
        statement_timeout: options.statementTimeoutMs ?? 0,
        idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 0,
      },
    });
    const db = drizzlePostgres(preparingStatements(client), { logger });
    return {
      db: db as unknown as Db,
      kind: "postgres",
      statementCount,
      migrate: async () => {
        // drizzle/'s journal first: should it be missing, that is no fault of DATABASE_URL's.
        const newest = newestMigration();
        // The first statement of a start: a database that cannot be reached is a setting to fix, said so. It opens
        // the pool's first connection, before any migration runs: postgres.js learns the array types when it
        // connects, so an array of a type a migration creates would not be parsed on it (none of ours is one).
        const applied = await hasNewestMigration((text, parameter) => client.unsafe(text, [parameter]), newest).catch((error) => {
          throw new StartupError("DATABASE_URL", `cannot use the database at ${describeUrl(options.databaseUrl!)}: ${reason(error)}`);
        });
        if (applied) return;
        // One connection of its own takes the lock and migrates, with no statement timeout: waiting for
        // another process's migrations, and a long migration, are both expected here.
        const migrator = postgres(options.databaseUrl!, {
          max: 1,
          onnotice: () => {},
          connect_timeout: 10,
          connection: { application_name: "guildhall-migrate" },
        });
        try {
          await migrator`select pg_advisory_lock(${MIGRATION_LOCK})`;
          const { migrate: migratePostgres } = await import("drizzle-orm/postgres-js/migrator");
          await migratePostgres(drizzlePostgres(migrator), { migrationsFolder });
        } finally {
          await migrator.end({ timeout: 5 });
        }
      },
      ping: async () => void (await client`select 1`),
      listen: async (channel, onPayload) => {
        const { unlisten } = await client.listen(channel, onPayload);
        return unlisten;
      },
      close: () => client.end({ timeout: 5 }),
    };
  }

  const dataDir = path.resolve(options.dataDir, "pglite");
  try {
    makeDirectory(dataDir);
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw new StartupError("DATA_DIR", `cannot keep the embedded database in ${dataDir}: ${reason(error)}`);
  }
  // Loaded only here: a PostgreSQL process never pays for PGlite's code (nor the migrator's, until it migrates).
  const [{ PGlite }, { drizzle: drizzlePglite }] = await Promise.all([import("@electric-sql/pglite"), import("drizzle-orm/pglite")]);
  const client = await PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] });
  const db = drizzlePglite(client, { logger });
  return {
    db: db as unknown as Db,
    kind: "pglite",
    statementCount,
    migrate: async () => {
      const select = async (text: string, parameter: number) => (await client.query<Record<string, unknown>>(text, [parameter])).rows;
      if (await hasNewestMigration(select, newestMigration())) return;
      const { migrate: migratePglite } = await import("drizzle-orm/pglite/migrator");
      await migratePglite(db, { migrationsFolder });
    },
    ping: async () => void (await client.query("select 1")),
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    close: () => client.close(),
  };
}

/**
 * drizzle runs every statement through postgres.js `unsafe()` unprepared, which costs each statement with
 * parameters an extra Describe round trip and a fresh plan. Prepared, a connection reuses both (the
 * bench measured about twice the pages per second). Batch queries use `= any($1)` (src/db/sql.ts), so
 * the number of statement texts stays small. Statements without parameters (migrations, which may hold
 * several commands) are left unprepared.
 */
function preparingStatements(sql: postgres.Sql): postgres.Sql {
  return new Proxy(sql, {
    get(target, key) {
      if (key === "unsafe") {
        return (query: string, params?: unknown[], options?: object) =>
          target.unsafe(query, params as never, { ...options, prepare: Boolean(params?.length) });
      }
      if (key === "begin" || key === "savepoint") {
        return (...args: unknown[]) => {
          const callback = args.pop() as (tx: postgres.Sql) => unknown;
          const method = Reflect.get(target, key) as (...a: unknown[]) => unknown;
          return method.call(target, ...args, (tx: postgres.Sql) => callback(preparingStatements(tx)));
        };
      }
      const value = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

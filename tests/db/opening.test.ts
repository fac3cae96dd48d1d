/**
 * What a start does with its database (src/db/client.ts). It asks, in one statement, whether drizzle/'s newest
 * migration is applied (hasNewestMigration); only when it is not does the migrator run, under its lock. And the
 * embedded database starts with Guildhall's settings: 32 MB of shared buffers instead of
 * PGlite's 128, which every start zeroed (most of its time to ready) and kept resident (src/db/pglite-settings.ts).
 */
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hasNewestMigration, newestMigration, openDatabase, type Database } from "../../src/db/client.ts";
import { adminUrl, databaseUrlFor, openTestDatabase, TMP_DIR, type TestDatabase } from "../helpers/databases.ts";

let test: TestDatabase;
beforeAll(async () => {
  test = await openTestDatabase(inject("databaseTemplate"));
});
afterAll(async () => {
  await test.database.close();
  await test.drop();
});

/** hasNewestMigration's `select`, through the database's drizzle handle (the parameter inlined: it is a number). */
const selectOn = (database: Database) => async (text: string, parameter: number) => {
  const result = await database.db.execute(text.replace("$1", String(parameter)) as never);
  return (Array.isArray(result) ? result : (result as unknown as { rows: Record<string, unknown>[] }).rows) as Record<string, unknown>[];
};

/** Moves the newest applied migration's record back by `by` ms (negative: forward again). */
const shiftNewestRecord = (database: Database, by: number) =>
  database.db.execute(
    `update drizzle.__drizzle_migrations set created_at = created_at - ${by} where id = (select id from drizzle.__drizzle_migrations order by created_at desc limit 1)` as never,
  );

describe("whether a database has the newest migration", () => {
  it("is true for a migrated database, false when its newest record is older than drizzle/'s newest migration", async () => {
    expect(await hasNewestMigration(selectOn(test.database), newestMigration())).toBe(true);
    await shiftNewestRecord(test.database, 1);
    try {
      expect(await hasNewestMigration(selectOn(test.database), newestMigration())).toBe(false);
    } finally {
      await shiftNewestRecord(test.database, -1);
    }
    expect(await hasNewestMigration(selectOn(test.database), newestMigration())).toBe(true);
  });

  it("reads as drizzle does: the newest record by created_at, where a null comes first and counts as none", async () => {
    const newest = newestMigration();
    await test.database.db.execute(`insert into drizzle.__drizzle_migrations (hash, created_at) values ('a record without a time', null)` as never);
    try {
      expect(await hasNewestMigration(selectOn(test.database), newest)).toBe(false);
    } finally {
      await test.database.db.execute(`delete from drizzle.__drizzle_migrations where created_at is null` as never);
    }
    expect(await hasNewestMigration(selectOn(test.database), newest)).toBe(true);
  });

  it("passes on any failure but a missing table (the caller says what to fix)", async () => {
    const refused = Object.assign(new Error("password authentication failed"), { code: "28P01" });
    await expect(hasNewestMigration(() => Promise.reject(refused), newestMigration())).rejects.toBe(refused);
    const missing = Object.assign(new Error('relation "drizzle.__drizzle_migrations" does not exist'), { code: "42P01" });
    expect(await hasNewestMigration(() => Promise.reject(missing), newestMigration())).toBe(false);
  });

  it("is false for a database never migrated (no migrations table)", async () => {
    let fresh: Database;
    let dropFresh: () => Promise<void>;
    if (adminUrl) {
      const name = `guildhall_fresh_${randomBytes(4).toString("hex")}`;
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database "${name}"`);
      fresh = await openDatabase({ databaseUrl: databaseUrlFor(name), dataDir: TMP_DIR, poolSize: 1 });
      dropFresh = async () => {
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
        await admin.end({ timeout: 5 });
      };
    } else {
      const dataDir = await mkdtemp(path.join(TMP_DIR, "fresh-"));
      fresh = await openDatabase({ dataDir });
      dropFresh = () => rm(dataDir, { recursive: true, force: true });
    }
    try {
      expect(await hasNewestMigration(selectOn(fresh), newestMigration())).toBe(false);
    } finally {
      await fresh.close();
      await dropFresh();
    }
  });
});

describe("migrating a database that has the newest migration", () => {
  it.runIf(!adminUrl)("PGlite: sends none of the migrator's statements", async () => {
    const before = test.database.statementCount();
    await test.database.migrate();
    expect(test.database.statementCount()).toBe(before);
  });

  it.runIf(adminUrl)("PostgreSQL: does not wait for the migration lock another process holds", async () => {
    const other = postgres(test.databaseUrl!, { max: 1, onnotice: () => {} });
    try {
      const [{ locks }] = await other`
        select count(*)::int as locks from pg_locks
        where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`;
      expect(locks).toBe(0);
      // The lock src/db/client.ts's migrator takes (MIGRATION_LOCK), held as a replica mid-migration would.
      await other`select pg_advisory_lock(7343201901)`;
      await test.database.migrate();
      // And one whose newest migration is missing does wait for it (the migrator's own connection, blocked).
      await shiftNewestRecord(test.database, 1);
      const migrating = test.database.migrate();
      let waiting = 0;
      for (let attempt = 0; attempt < 100 && !waiting; attempt++) {
        [{ waiting }] = await other`
          select count(*)::int as waiting from pg_stat_activity
          where datname = current_database() and application_name = 'guildhall-migrate' and wait_event_type = 'Lock'`;
        if (!waiting) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(waiting).toBe(1);
      // The other process's migration "finishes": the record is the newest again, and the lock is let go.
      await shiftNewestRecord(test.database, -1);
      await other`select pg_advisory_unlock(7343201901)`;
      await migrating;
      expect(await hasNewestMigration(selectOn(test.database), newestMigration())).toBe(true);
    } finally {
      await other.end({ timeout: 5 });
    }
  });
});

it.runIf(!adminUrl)("PGlite runs with 32 MB of shared buffers", async () => {
  const { rows } = (await test.database.db.execute(sql`select current_setting('shared_buffers') as "sharedBuffers"`)) as unknown as {
    rows: { sharedBuffers: string }[];
  };
  expect(rows).toEqual([{ sharedBuffers: "32MB" }]);
});

/**
 * Test databases: one migrated template per run, and a fresh copy of it for every test file. With
 * DATABASE_URL set the copies are real PostgreSQL databases (CREATE DATABASE ... TEMPLATE); without it
 * they are PGlite data directories.
 */
import { cp, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type Database } from "../../src/db/client.ts";

export const TMP_DIR = path.resolve(import.meta.dirname, "../../.tmp");
export const adminUrl = process.env.DATABASE_URL || undefined;

export function databaseUrlFor(name: string): string {
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(adminUrl!, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Creates and migrates the run's template; returns what `openTestDatabase` needs to copy it. */
export async function createTemplate(): Promise<string> {
  const name = `guildhall_template_${process.pid}_${randomBytes(3).toString("hex")}`;
  if (adminUrl) {
    await withAdmin((sql) => sql.unsafe(`create database "${name}"`));
    const database = await openDatabase({ databaseUrl: databaseUrlFor(name), dataDir: TMP_DIR, poolSize: 1 });
    await database.migrate();
    await database.close();
    return name;
  }
  const dir = path.join(TMP_DIR, name);
  const database = await openDatabase({ dataDir: dir });
  await database.migrate();
  await database.close();
  return dir;
}

export async function dropTemplate(template: string): Promise<void> {
  if (adminUrl) await withAdmin((sql) => sql.unsafe(`drop database if exists "${template}" with (force)`));
  else await rm(template, { recursive: true, force: true });
}

export type TestDatabase = { database: Database; databaseUrl?: string; dataDir: string; drop(): Promise<void> };

/** A fresh, migrated database of its own for one test file. */
export async function openTestDatabase(template: string): Promise<TestDatabase> {
  const name = `guildhall_test_${randomBytes(6).toString("hex")}`;
  const dataDir = path.join(TMP_DIR, name);
  if (adminUrl) {
    await withAdmin((sql) => sql.unsafe(`create database "${name}" template "${template}"`));
    const databaseUrl = databaseUrlFor(name);
    const database = await openDatabase({ databaseUrl, dataDir });
    return {
      database,
      databaseUrl,
      dataDir,
      drop: () => withAdmin((sql) => sql.unsafe(`drop database if exists "${name}" with (force)`)).then(() => {}),
    };
  }
  await mkdir(dataDir, { recursive: true });
  await cp(path.join(template, "pglite"), path.join(dataDir, "pglite"), { recursive: true });
  const database = await openDatabase({ dataDir });
  return { database, dataDir, drop: () => rm(dataDir, { recursive: true, force: true }) };
}

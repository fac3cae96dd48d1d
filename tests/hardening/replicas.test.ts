/** Any number of replicas may start together on a fresh PostgreSQL: migrations take an advisory lock. */
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { adminUrl, databaseUrlFor, TMP_DIR } from "../helpers/databases.ts";

describe.skipIf(!adminUrl)("replicas starting together", () => {
  it("all migrate a fresh database at the same moment without an error, and agree on the result", async () => {
    const name = `guildhall_replicas_${process.pid}`;
    const admin = postgres(adminUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
    try {
      const databases = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ databaseUrl: databaseUrlFor(name), dataDir: TMP_DIR })));
      const outcomes = await Promise.allSettled(databases.map((database) => database.migrate()));
      await Promise.all(databases.map((database) => database.close()));
      expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
      const check = postgres(databaseUrlFor(name), { max: 1, onnotice: () => {} });
      const applied = await check`select count(*)::int as n from drizzle.__drizzle_migrations`;
      await check.end();
      const journal = (await import("../../drizzle/meta/_journal.json", { with: { type: "json" } })).default as { entries: unknown[] };
      expect(applied[0]!.n).toBe(journal.entries.length);
    } finally {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  });
});

/**
 * The embedded database starts with Guildhall's settings (src/db/client.ts, PGLITE_SETTINGS): 32 MB of shared
 * buffers instead of PGlite's 128, which every start zeroed (most of its time to ready) and kept resident.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { adminUrl, openTestDatabase, type TestDatabase } from "../helpers/databases.ts";

let test: TestDatabase;
beforeAll(async () => {
  test = await openTestDatabase(inject("databaseTemplate"));
});
afterAll(async () => {
  await test.database.close();
  await test.drop();
});

it.runIf(!adminUrl)("PGlite runs with 32 MB of shared buffers", async () => {
  const { rows } = (await test.database.db.execute(sql`select current_setting('shared_buffers') as "sharedBuffers"`)) as unknown as {
    rows: { sharedBuffers: string }[];
  };
  expect(rows).toEqual([{ sharedBuffers: "32MB" }]);
});

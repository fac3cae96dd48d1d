/**
 * The floor in a process of its own (bench/run.ts forks this file): the hand-written server on its own
 * heap, as anyone would run it. Served in the bench's own process, beside an idle Guildhall and the seed's
 * data, it was about a tenth slower (bench/RESULTS.md, "Issue #12, third round"), which flattered every
 * ratio to it.
 *
 * Reads its database from the environment (FLOOR_DATABASE_URL, or FLOOR_PGLITE_DIR) and the avatars' base
 * URL from FLOOR_AVATAR_BASE; says `{ ready: url }` when it listens, then answers each message: "counters"
 * with `{ statements, requests, cpuMs }` (totals so far), "version" with the database's version string.
 */
import postgres from "postgres";
import { startFloor, type Query } from "./floor.ts";
import { PGLITE_SETTINGS } from "../src/db/pglite-settings.ts";

export type FloorCounters = { statements: number; requests: number; cpuMs: number };

async function openQuery(): Promise<{ query: Query; close(): Promise<unknown> }> {
  const url = process.env.FLOOR_DATABASE_URL;
  if (url) {
    const sql = postgres(url, { max: 10, onnotice: () => {} });
    return { query: (text, params) => sql.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true }), close: () => sql.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  // As Guildhall's own PGlite starts (src/db/client.ts).
  const pglite = await PGlite.create(process.env.FLOOR_PGLITE_DIR!, { startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] });
  return { query: async (text, params) => (await pglite.query<Record<string, unknown>>(text, params)).rows, close: () => pglite.close() };
}

const database = await openQuery();
const floor = await startFloor(database.query, process.env.FLOOR_AVATAR_BASE ?? "");
process.on("message", async (message: string) => {
  if (message === "counters") {
    const cpu = process.cpuUsage();
    process.send!({ statements: floor.statements(), requests: floor.requests(), cpuMs: (cpu.user + cpu.system) / 1000 } satisfies FloorCounters);
  } else if (message === "version") {
    const [row] = await database.query("select version() as version", []);
    process.send!({ version: String(row?.version) });
  }
});
process.on("disconnect", async () => {
  await floor.close();
  await database.close();
  process.exit(0);
});
process.send!({ ready: floor.url });

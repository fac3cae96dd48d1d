/** SQL for live events: the announcement. */
import { sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";

/** NOTIFY in the caller's transaction: delivered at its commit, never if it rolls back. */
export async function notify(db: Db, channel: string, payload: string): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, ${payload})`);
}

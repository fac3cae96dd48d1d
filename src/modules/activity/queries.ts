/** SQL for the activity log. */
import { and, count, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { activityEntries } from "../../db/schema.ts";

export type NewActivityEntry = typeof activityEntries.$inferInsert;

export async function insertActivityEntry(db: Db, entry: NewActivityEntry) {
  await db.insert(activityEntries).values(entry);
}

export type ActivityPageShape = { first: number; afterId: string | null; action: string | null };

/** Up to `first + 1` newest entries per organisation (after `afterId`), for many organisations in one statement. */
export async function activityPages(db: Db, organisationIds: string[], { first, afterId, action }: ActivityPageShape) {
  const ranked = db
    .select({
      id: activityEntries.id,
      rank: sql<number>`row_number() over (partition by ${activityEntries.organisationId} order by ${activityEntries.id} desc)`.as("rank"),
    })
    .from(activityEntries)
    .where(
      and(
        inArray(activityEntries.organisationId, organisationIds),
        afterId ? lt(activityEntries.id, afterId) : undefined,
        action ? eq(activityEntries.action, action) : undefined,
      ),
    )
    .as("ranked");
  return db
    .select({ entry: activityEntries })
    .from(ranked)
    .innerJoin(activityEntries, eq(activityEntries.id, ranked.id))
    .where(sql`${ranked.rank} <= ${first + 1}`)
    .orderBy(sql`${activityEntries.id} desc`)
    .then((rows) => rows.map((row) => row.entry));
}

export async function activityCounts(db: Db, organisationIds: string[], action: string | null) {
  return db
    .select({ organisationId: activityEntries.organisationId, total: count() })
    .from(activityEntries)
    .where(and(inArray(activityEntries.organisationId, organisationIds), action ? eq(activityEntries.action, action) : undefined))
    .groupBy(activityEntries.organisationId);
}

/** SQL for the activity log. */
import { and, count, desc, eq, lt } from "drizzle-orm";
import { anyOf } from "../../db/sql.ts";
import { subqueryFields } from "../../lib/batch.ts";
import type { Db } from "../../db/client.ts";
import { activityEntries, organisations } from "../../db/schema.ts";

export type NewActivityEntry = typeof activityEntries.$inferInsert;

export async function insertActivityEntry(db: Db, entry: NewActivityEntry) {
  await db.insert(activityEntries).values(entry);
}

export type ActivityPageShape = { first: number; afterId: string | null; action: string | null };

/**
 * Up to `first + 1` newest entries per organisation (after `afterId`), for many organisations in one
 * statement. A LATERAL subquery per organisation can walk activity_entries_org_id_idx (or the action index)
 * newest-first and stop after `first + 1` rows, so a page need not cost more as an organisation's log grows;
 * the window function it replaces read and sorted every entry the organisation ever had.
 */
export async function activityPages(db: Db, organisationIds: string[], { first, afterId, action }: ActivityPageShape) {
  const page = db
    .select()
    .from(activityEntries)
    .where(
      and(
        eq(activityEntries.organisationId, organisations.id),
        afterId ? lt(activityEntries.id, afterId) : undefined,
        action ? eq(activityEntries.action, action) : undefined,
      ),
    )
    .orderBy(desc(activityEntries.id))
    .limit(first + 1)
    .as("page");
  return db
    .select(subqueryFields(page, activityEntries))
    .from(organisations)
    .crossJoinLateral(page)
    .where(anyOf(organisations.id, organisationIds))
    .orderBy(desc(page.id));
}

export async function activityCounts(db: Db, organisationIds: string[], action: string | null) {
  return db
    .select({ organisationId: activityEntries.organisationId, total: count() })
    .from(activityEntries)
    .where(and(anyOf(activityEntries.organisationId, organisationIds), action ? eq(activityEntries.action, action) : undefined))
    .groupBy(activityEntries.organisationId);
}

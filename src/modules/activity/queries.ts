/** SQL for the activity log. */
import { and, count, eq, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared.ts";
import { pagesPerParent } from "../../db/pages.ts";
import { anyOf } from "../../db/sql.ts";
import type { Db } from "../../db/client.ts";
import { activityEntries, type ActivityEntryRow } from "./tables.ts";
import { organisations } from "../organisations/tables.ts";
import { listedUserColumns, users } from "../users/tables.ts";
import { sessionUserWithMembershipAndPage } from "../members/queries.ts";

export type NewActivityEntry = typeof activityEntries.$inferInsert;

export async function insertActivityEntry(db: Db, entry: NewActivityEntry): Promise<{ id: string }> {
  const [row] = await db.insert(activityEntries).values(entry).returning({ id: activityEntries.id });
  return row!;
}

export async function activityEntriesByIds(db: Db, ids: string[]) {
  return db.select().from(activityEntries).where(anyOf(activityEntries.id, ids));
}

export type ActivityPageShape = { first: number; afterId: string | null; action: string | null };

/**
 * Up to `first + 1` newest entries per organisation (after `afterId`), for many organisations in one
 * statement. A LATERAL subquery per organisation can walk activity_entries_org_id_idx (or the action index)
 * newest-first and stop after `first + 1` rows, so a page need not cost more as an organisation's log grows;
 * the window function it replaces read and sorted every entry the organisation ever had.
 */
export async function activityPages(db: Db, organisationIds: string[], { first, afterId, action }: ActivityPageShape) {
  // One prepared statement per combination of optional filters, so each keeps an index-friendly plan.
  const one = organisationIds.length === 1;
  const name = `activity_pages${afterId ? "_after" : ""}${action ? "_action" : ""}${one ? "_one" : ""}`;
  const statement = prepared(db, name, (db) =>
    pagesPerParent(db, {
      parents: organisations,
      parentId: organisations.id,
      parentIds: one ? { one: sql.placeholder("organisationIds") } : sql.placeholder("organisationIds"),
      children: activityEntries,
      childId: activityEntries.id,
      parentOfChild: activityEntries.organisationId,
      where: action ? eq(activityEntries.action, sql.placeholder("action")) : undefined,
      newestFirst: true,
      afterId: afterId ? sql.placeholder("afterId") : null,
      limit: sql.placeholder("limit"),
      // Every log shows who did each thing.
      alongside: { table: users, columns: listedUserColumns(), on: (page) => eq(users.id, page.actorId!) },
    }).prepare(name),
  );
  return statement.execute({ organisationIds: one ? organisationIds[0] : organisationIds, afterId, action, limit: first + 1 });
}

export async function activityCounts(db: Db, organisationIds: string[], action: string | null) {
  const name = action ? "activity_counts_action" : "activity_counts";
  const statement = prepared(db, name, (db) =>
    db
      .select({ organisationId: activityEntries.organisationId, total: count() })
      .from(activityEntries)
      .where(
        and(
          anyOf(activityEntries.organisationId, sql.placeholder("organisationIds")),
          action ? eq(activityEntries.action, sql.placeholder("action")) : undefined,
        ),
      )
      .groupBy(activityEntries.organisationId)
      .prepare(name),
  );
  return statement.execute({ organisationIds, action });
}

/**
 * sessionUserWithMembershipAndPage (members/queries.ts) for a page of the organisation's log. Without the actors:
 * REST's log shows each entry's actorId, no more.
 */
export async function sessionUserWithMembershipAndActivityPage(
  db: Db,
  tokenHash: string,
  organisationId: string,
  { first, afterId, action }: ActivityPageShape,
) {
  return sessionUserWithMembershipAndPage<ActivityEntryRow>(
    db,
    `session_with_activity_page${afterId ? "_after" : ""}${action ? "_action" : ""}`,
    () => ({
      children: activityEntries,
      childId: activityEntries.id,
      organisationIdColumn: activityEntries.organisationId,
      newestFirst: true,
      where: action ? eq(activityEntries.action, sql.placeholder("action")) : undefined,
      afterCursor: afterId !== null,
    }),
    { tokenHash, organisationId, afterId, action, limit: first + 1 },
  );
}

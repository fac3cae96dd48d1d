/**
 * SQL for servers. The tier limit, the personal limit and node capacity are made atomic by row locks:
 * the organisation (organisations/queries.ts) or the user (users/queries.ts), then the node.
 */
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { servers } from "../../db/schema.ts";

export async function countOrganisationServers(db: Db, organisationId: string) {
  const [row] = await db.select({ total: count() }).from(servers).where(eq(servers.organisationId, organisationId));
  return row?.total ?? 0;
}

export async function countPersonalServers(db: Db, userId: string) {
  const [row] = await db.select({ total: count() }).from(servers).where(eq(servers.ownerUserId, userId));
  return row?.total ?? 0;
}

export async function insertServer(
  db: Db,
  values: { name: string; organisationId: string | null; ownerUserId: string | null; nodeId: string; createdById: string },
) {
  const [row] = await db.insert(servers).values(values).returning();
  return row!;
}

export async function lockServer(db: Db, id: string) {
  const [row] = await db.select().from(servers).where(eq(servers.id, id)).for("update");
  return row ?? null;
}

export async function deleteServerRow(db: Db, id: string) {
  await db.delete(servers).where(eq(servers.id, id));
}

export async function serversByIds(db: Db, ids: string[]) {
  return db.select().from(servers).where(inArray(servers.id, ids));
}

export async function serversOfOrganisations(db: Db, organisationIds: string[]) {
  return db.select().from(servers).where(inArray(servers.organisationId, organisationIds)).orderBy(asc(servers.id));
}

export async function personalServersOfUsers(db: Db, userIds: string[]) {
  return db
    .select()
    .from(servers)
    .where(and(inArray(servers.ownerUserId, userIds), isNull(servers.organisationId)))
    .orderBy(asc(servers.id));
}

export async function serverCountsOfOrganisations(db: Db, organisationIds: string[]) {
  return db
    .select({ organisationId: servers.organisationId, total: count() })
    .from(servers)
    .where(inArray(servers.organisationId, organisationIds))
    .groupBy(servers.organisationId);
}

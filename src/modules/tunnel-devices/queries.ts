/** SQL for tunnel devices. */
import { and, asc, count, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { organisations, tunnelDevices, users } from "../../db/schema.ts";
import { anyOf } from "../../db/sql.ts";
import { subqueryFields } from "../../lib/batch.ts";

export async function insertTunnelDevice(
  db: Db,
  values: { name: string; organisationId: string | null; ownerUserId: string | null; createdById: string; enrollmentSecretHash: string },
) {
  const [row] = await db.insert(tunnelDevices).values(values).returning();
  return row!;
}

export async function lockTunnelDevice(db: Db, id: string) {
  const [row] = await db.select().from(tunnelDevices).where(eq(tunnelDevices.id, id)).for("update");
  return row ?? null;
}

export async function renameTunnelDeviceRow(db: Db, id: string, name: string) {
  const [row] = await db
    .update(tunnelDevices)
    .set({ name, updatedAt: sql`now()` })
    .where(eq(tunnelDevices.id, id))
    .returning();
  return row!;
}

export async function deleteTunnelDeviceRow(db: Db, id: string) {
  await db.delete(tunnelDevices).where(eq(tunnelDevices.id, id));
}

export async function tunnelDevicesOfOrganisations(db: Db, organisationIds: string[]) {
  return db.select().from(tunnelDevices).where(inArray(tunnelDevices.organisationId, organisationIds)).orderBy(asc(tunnelDevices.id));
}

export async function personalTunnelDevicesOfUsers(db: Db, userIds: string[]) {
  return db
    .select()
    .from(tunnelDevices)
    .where(and(inArray(tunnelDevices.ownerUserId, userIds), isNull(tunnelDevices.organisationId)))
    .orderBy(asc(tunnelDevices.id));
}

export type TunnelDevicePageShape = { first: number; afterId: string | null };

/**
 * Up to `first + 1` devices per organisation, oldest first after `afterId`, for many organisations in one
 * statement. A LATERAL subquery per organisation walks tunnel_devices_organisation_id_idx (organisation_id, id) and
 * stops after `first + 1` rows, so a page costs the same however many devices the organisation has.
 */
export async function tunnelDevicePagesOfOrganisations(db: Db, organisationIds: string[], { first, afterId }: TunnelDevicePageShape) {
  const page = db
    .select()
    .from(tunnelDevices)
    .where(and(eq(tunnelDevices.organisationId, organisations.id), afterId ? gt(tunnelDevices.id, afterId) : undefined))
    .orderBy(asc(tunnelDevices.id))
    .limit(first + 1)
    .as("page");
  return db
    .select(subqueryFields(page, tunnelDevices))
    .from(organisations)
    .crossJoinLateral(page)
    .where(anyOf(organisations.id, organisationIds))
    .orderBy(asc(page.id));
}

/** Like tunnelDevicePagesOfOrganisations, for users' personal devices (tunnel_devices_owner_user_id_idx: owner_user_id, id). */
export async function personalTunnelDevicePagesOfUsers(db: Db, userIds: string[], { first, afterId }: TunnelDevicePageShape) {
  const page = db
    .select()
    .from(tunnelDevices)
    .where(
      and(eq(tunnelDevices.ownerUserId, users.id), isNull(tunnelDevices.organisationId), afterId ? gt(tunnelDevices.id, afterId) : undefined),
    )
    .orderBy(asc(tunnelDevices.id))
    .limit(first + 1)
    .as("page");
  return db
    .select(subqueryFields(page, tunnelDevices))
    .from(users)
    .crossJoinLateral(page)
    .where(anyOf(users.id, userIds))
    .orderBy(asc(page.id));
}

export async function tunnelDeviceCountsOfOrganisations(db: Db, organisationIds: string[]) {
  return db
    .select({ parentId: tunnelDevices.organisationId, total: count() })
    .from(tunnelDevices)
    .where(anyOf(tunnelDevices.organisationId, organisationIds))
    .groupBy(tunnelDevices.organisationId);
}

/** How many devices a default view lists: the user's personal ones plus the active organisation's. */
export async function defaultViewTunnelDeviceCount(db: Db, userId: string, activeOrganisationId: string | null) {
  const [row] = await db
    .select({ total: count() })
    .from(tunnelDevices)
    .where(
      or(
        and(eq(tunnelDevices.ownerUserId, userId), isNull(tunnelDevices.organisationId)),
        activeOrganisationId ? eq(tunnelDevices.organisationId, activeOrganisationId) : undefined,
      ),
    );
  return row?.total ?? 0;
}

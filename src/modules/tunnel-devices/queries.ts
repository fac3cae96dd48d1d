/** SQL for tunnel devices. */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { tunnelDevices } from "../../db/schema.ts";

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

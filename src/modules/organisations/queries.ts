/** SQL for organisations. */
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { organisations, type PortalTier } from "../../db/schema.ts";

export async function organisationsByIds(db: Db, ids: string[]) {
  return db.select().from(organisations).where(inArray(organisations.id, ids));
}

export async function organisationsByHandles(db: Db, handles: string[]) {
  return db.select().from(organisations).where(inArray(organisations.handle, handles));
}

/** Reads the organisation and locks it until the transaction ends. */
export async function lockOrganisation(db: Db, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).for("update");
  return row ?? null;
}

export async function insertOrganisation(db: Db, values: { name: string; handle: string; ownerId: string }) {
  const [row] = await db.insert(organisations).values(values).returning();
  return row!;
}

export async function updateOrganisationRow(db: Db, id: string, changes: { name?: string; portalTier?: PortalTier }) {
  const [row] = await db
    .update(organisations)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(organisations.id, id))
    .returning();
  return row!;
}

export async function deleteOrganisationRow(db: Db, id: string) {
  await db.delete(organisations).where(eq(organisations.id, id));
}

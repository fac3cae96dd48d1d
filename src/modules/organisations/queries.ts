/** SQL for organisations. */
import { count, eq, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared.ts";
import { anyOf } from "../../db/sql.ts";
import type { Db } from "../../db/client.ts";
import { organisations, type PortalTier } from "./tables.ts";

export async function organisationsByIds(db: Db, ids: string[]) {
  return prepared(db, "organisations_by_ids", (db) =>
    db.select().from(organisations).where(anyOf(organisations.id, sql.placeholder("ids"))).prepare("organisations_by_ids"),
  ).execute({ ids });
}

export async function organisationsByHandles(db: Db, handles: string[]) {
  return db.select().from(organisations).where(anyOf(organisations.handle, handles));
}

/**
 * Reads the organisation and locks it until the transaction ends. Every change scoped to an organisation
 * takes this lock first (assertCan does it), so such changes run one after another and always lock in
 * the same order: organisation, then memberships and the rest. NO KEY UPDATE does not block inserts that
 * merely reference the organisation (activity, invites); deleting it needs the full `update` lock.
 */
export async function lockOrganisation(db: Db, id: string, strength: "no key update" | "update" = "no key update") {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).for(strength);
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

/** Moves ownership's record; the membership rows change first (see members/service.ts). */
export async function setOrganisationOwner(db: Db, organisationId: string, ownerId: string) {
  const [row] = await db
    .update(organisations)
    .set({ ownerId, updatedAt: sql`now()` })
    .where(eq(organisations.id, organisationId))
    .returning();
  return row!;
}

export async function countOwnedOrganisations(db: Db, userId: string) {
  const [row] = await db.select({ total: count() }).from(organisations).where(eq(organisations.ownerId, userId));
  return row?.total ?? 0;
}

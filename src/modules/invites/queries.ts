/** SQL for organisation invites. */
import { and, count, desc, eq, gt, lt, lte, or, sql } from "drizzle-orm";
import { anyOf } from "../../db/sql.ts";
import type { Db } from "../../db/client.ts";
import { organisationInvites, type InviteRole, type InviteStatus } from "./tables.ts";
import { organisations } from "../organisations/tables.ts";

export async function insertInvite(
  db: Db,
  values: { organisationId: string; email: string; role: InviteRole; tokenHash: string; invitedById: string; expiresAt: Date },
) {
  const [row] = await db.insert(organisationInvites).values(values).returning();
  return row!;
}

/**
 * A pending invite whose expiry has passed is stored as `expired` before a new invite for the same
 * address is inserted, so the partial unique index (one *pending* invite per organisation and email)
 * does not block re-inviting. Runs in the inviting transaction.
 */
export async function expireLapsedInvites(db: Db, organisationId: string, email: string) {
  await db
    .update(organisationInvites)
    .set({ status: "expired", updatedAt: sql`now()` })
    .where(
      and(
        eq(organisationInvites.organisationId, organisationId),
        eq(organisationInvites.email, email),
        eq(organisationInvites.status, "pending"),
        lte(organisationInvites.expiresAt, sql`now()`),
      ),
    );
}

/** Reads an invite and locks it until the transaction ends: accepting, rejecting, resending and revoking are serialised. */
export async function lockInviteById(db: Db, id: string) {
  const [row] = await db.select().from(organisationInvites).where(eq(organisationInvites.id, id)).for("update");
  return row ?? null;
}

export async function lockInviteByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db.select().from(organisationInvites).where(eq(organisationInvites.tokenHash, tokenHash)).for("update");
  return row ?? null;
}

export async function updateInvite(
  db: Db,
  id: string,
  changes: Partial<{ status: InviteStatus; tokenHash: string; expiresAt: Date; acceptedById: string; respondedAt: Date }>,
) {
  const [row] = await db
    .update(organisationInvites)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(organisationInvites.id, id))
    .returning();
  return row!;
}

export async function invitesByIds(db: Db, ids: string[]) {
  return db.select().from(organisationInvites).where(anyOf(organisationInvites.id, ids));
}

/** What a status filter means, with `pending` and `expired` decided by the clock as well as the column. */
function statusCondition(status: InviteStatus) {
  const lapsed = and(eq(organisationInvites.status, "pending"), lte(organisationInvites.expiresAt, sql`now()`));
  if (status === "pending") return and(eq(organisationInvites.status, "pending"), gt(organisationInvites.expiresAt, sql`now()`));
  if (status === "expired") return or(eq(organisationInvites.status, "expired"), lapsed);
  return eq(organisationInvites.status, status);
}

/** Up to `first + 1` invites of one organisation, newest first. */
export async function organisationInvitePage(
  db: Db,
  organisationId: string,
  { first, afterId, status }: { first: number; afterId: string | null; status: InviteStatus | null },
) {
  return db
    .select()
    .from(organisationInvites)
    .where(
      and(
        eq(organisationInvites.organisationId, organisationId),
        afterId ? lt(organisationInvites.id, afterId) : undefined,
        status ? statusCondition(status) : undefined,
      ),
    )
    .orderBy(desc(organisationInvites.id))
    .limit(first + 1);
}

/** How many invites of one organisation there are, of one status or all. */
export async function countOrganisationInvites(db: Db, organisationId: string, status: InviteStatus | null): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(organisationInvites)
    .where(and(eq(organisationInvites.organisationId, organisationId), status ? statusCondition(status) : undefined));
  return row?.total ?? 0;
}

/** Unexpired pending invites to an address, with their organisations, newest first. */
export async function pendingInvitesForEmail(db: Db, email: string) {
  return db
    .select({ invite: organisationInvites, organisation: organisations })
    .from(organisationInvites)
    .innerJoin(organisations, eq(organisations.id, organisationInvites.organisationId))
    .where(and(eq(organisationInvites.email, email), statusCondition("pending")))
    .orderBy(desc(organisationInvites.id));
}

/** SQL for memberships. */
import { and, asc, count, eq, gt, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { organisationMembers, organisations, users, type OrgRole } from "../../db/schema.ts";

export type MembershipKey = { organisationId: string; userId: string };

export async function membershipsByKeys(db: Db, keys: MembershipKey[]) {
  return db
    .select()
    .from(organisationMembers)
    .where(
      or(
        ...keys.map((key) =>
          and(eq(organisationMembers.organisationId, key.organisationId), eq(organisationMembers.userId, key.userId)),
        ),
      ),
    );
}

export async function insertMembership(db: Db, values: { organisationId: string; userId: string; role: OrgRole }) {
  const [row] = await db.insert(organisationMembers).values(values).returning();
  return row!;
}

/** The user's memberships with their organisations, oldest membership first. */
export async function membershipsOfUser(db: Db, userId: string) {
  return db
    .select({ membership: organisationMembers, organisation: organisations })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(asc(organisationMembers.id));
}

export async function memberCounts(db: Db, organisationIds: string[]) {
  return db
    .select({ organisationId: organisationMembers.organisationId, total: count() })
    .from(organisationMembers)
    .where(inArray(organisationMembers.organisationId, organisationIds))
    .groupBy(organisationMembers.organisationId);
}

export type MemberPageShape = { first: number; afterId: string | null };

/** Up to `first + 1` memberships per organisation in join order, for many organisations in one statement. */
export async function memberPages(db: Db, organisationIds: string[], { first, afterId }: MemberPageShape) {
  const ranked = db
    .select({
      id: organisationMembers.id,
      rank: sql<number>`row_number() over (partition by ${organisationMembers.organisationId} order by ${organisationMembers.id})`.as("rank"),
    })
    .from(organisationMembers)
    .where(and(inArray(organisationMembers.organisationId, organisationIds), afterId ? gt(organisationMembers.id, afterId) : undefined))
    .as("ranked");
  return db
    .select({ membership: organisationMembers })
    .from(ranked)
    .innerJoin(organisationMembers, eq(organisationMembers.id, ranked.id))
    .where(sql`${ranked.rank} <= ${first + 1}`)
    .orderBy(asc(organisationMembers.id))
    .then((rows) => rows.map((row) => row.membership));
}

/** Every member of one organisation with their account, in join order (the REST member list). */
export async function membersWithUsers(db: Db, organisationId: string) {
  return db
    .select({ membership: organisationMembers, user: users })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, organisationId))
    .orderBy(asc(organisationMembers.id));
}

/** SQL for accounts and sessions. */
import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { sessions, users, type PlatformRole } from "../../db/schema.ts";

export async function usersByIds(db: Db, ids: string[]) {
  return db.select().from(users).where(inArray(users.id, ids));
}

export async function userByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row ?? null;
}

export async function insertUser(
  db: Db,
  values: { email: string; passwordHash: string; firstName?: string | null; lastName?: string | null; platformRole?: PlatformRole },
) {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function setPlatformRole(db: Db, userId: string, platformRole: PlatformRole) {
  await db.update(users).set({ platformRole, updatedAt: sql`now()` }).where(eq(users.id, userId));
}

export async function insertSession(db: Db, values: { userId: string; tokenHash: string; expiresAt: Date }) {
  const [row] = await db.insert(sessions).values(values).returning({ id: sessions.id });
  return row!;
}

/** The user behind a live (unexpired, unrevoked) session token: one statement per request. */
export async function sessionUserByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ sessionId: sessions.id, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`)));
  return row ?? null;
}

export async function revokeSession(db: Db, sessionId: string) {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(eq(sessions.id, sessionId));
}

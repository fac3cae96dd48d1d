/** SQL for accounts and sessions. */
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared.ts";
import { anyOf } from "../../db/sql.ts";
import type { Db } from "../../db/client.ts";
import { emailVerifications, sessions, userCardColumns, userColumns, users, type PlatformRole } from "./tables.ts";

/** The user with this email address, as the unique index on lower(email) finds them. */
export const hasEmail = (email: string) => eq(sql`lower(${users.email})`, email.toLowerCase());

/** Users as others see them (userCardColumns), by id. */
export async function userCardsByIds(db: Db, ids: string[]) {
  return prepared(db, "user_cards_by_ids", (db) =>
    db.select(userCardColumns()).from(users).where(anyOf(users.id, sql.placeholder("ids"))).prepare("user_cards_by_ids"),
  ).execute({ ids });
}

/** One user's whole row (but the password hash), as it is now. */
export async function userById(db: Db, id: string) {
  const [row] = await db.select(userColumns()).from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function userByEmail(db: Db, email: string) {
  const [row] = await db.select(userColumns()).from(users).where(hasEmail(email));
  return row ?? null;
}

/** Sign-in alone: the user with this email and their password hash. */
export async function passwordHashByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ user: userColumns(), passwordHash: users.passwordHash })
    .from(users)
    .where(hasEmail(email));
  return row ?? null;
}

export async function insertUser(
  db: Db,
  values: { email: string; passwordHash: string; firstName?: string | null; lastName?: string | null; platformRole?: PlatformRole },
) {
  const [row] = await db.insert(users).values(values).returning(userColumns());
  return row!;
}

export async function setPlatformRole(db: Db, userId: string, platformRole: PlatformRole) {
  await db.update(users).set({ platformRole, updatedAt: sql`now()` }).where(eq(users.id, userId));
}

export async function insertSession(db: Db, values: { userId: string; tokenHash: string; expiresAt: Date }) {
  const [row] = await db.insert(sessions).values(values).returning({ id: sessions.id });
  return row!;
}

/** A session that still signs its user in: not revoked, not expired. */
export const isLiveSession = () => and(isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`));

/** The live session a prepared statement's placeholder `tokenHash` names. */
export const isLiveSessionOfToken = () => and(eq(sessions.tokenHash, sql.placeholder("tokenHash")), isLiveSession());

/** The user behind a live (unexpired, unrevoked) session token: one statement per request. */
export async function sessionUserByTokenHash(db: Db, tokenHash: string) {
  const statement = prepared(db, "session_user_by_token_hash", (db) =>
    db
      .select({ sessionId: sessions.id, user: userColumns() })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(isLiveSessionOfToken())
      .prepare("session_user_by_token_hash"),
  );
  const [row] = await statement.execute({ tokenHash });
  return row ?? null;
}

/** The live sessions among many token hashes, each with its user as they are now (subscriptions' session checks). */
export async function liveSessionsByTokenHashes(db: Db, tokenHashes: string[]) {
  return db
    .select({ tokenHash: sessions.tokenHash, sessionId: sessions.id, user: userColumns() })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(anyOf(sessions.tokenHash, tokenHashes), isLiveSession()));
}

export async function revokeSession(db: Db, sessionId: string) {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(eq(sessions.id, sessionId));
}

// Email verification.

export async function insertEmailVerification(db: Db, values: { userId: string; email: string; tokenHash: string; expiresAt: Date }) {
  const [row] = await db.insert(emailVerifications).values(values).returning();
  return row!;
}

/** The verification a token names, locked until the transaction ends (a link is used once). */
export async function lockEmailVerificationByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db.select().from(emailVerifications).where(eq(emailVerifications.tokenHash, tokenHash)).for("update");
  return row ?? null;
}

export async function markEmailVerificationUsed(db: Db, id: string) {
  await db.update(emailVerifications).set({ usedAt: sql`now()` }).where(eq(emailVerifications.id, id));
}

/** Older unused links stop working when a new one is sent. */
export async function deleteUnusedEmailVerifications(db: Db, userId: string) {
  await db.delete(emailVerifications).where(and(eq(emailVerifications.userId, userId), isNull(emailVerifications.usedAt)));
}

/** Marks the user's address verified, if it is still `email`; returns the user, or null if it changed. */
export async function setEmailVerified(db: Db, userId: string, email: string) {
  const [row] = await db
    .update(users)
    .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: sql`now()` })
    .where(and(eq(users.id, userId), hasEmail(email)))
    .returning(userColumns());
  return row ?? null;
}

/** Locks the user row until the transaction ends (serialises a user's personal-server creation). */
export async function lockUser(db: Db, id: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.id, id)).for("no key update");
  return row ?? null;
}

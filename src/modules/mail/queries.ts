/** SQL for the mail outbox. */
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { anyOf } from "../../db/sql.ts";
import type { Db } from "../../db/client.ts";
import { mailOutbox } from "./tables.ts";

export type NewMail = {
  kind: string;
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  inviteId?: string | null;
  userId?: string | null;
};

export async function insertMail(db: Db, values: NewMail) {
  const [row] = await db.insert(mailOutbox).values(values).returning();
  return row!;
}

/**
 * Claims up to `limit` due messages for this worker: one statement that locks due rows with
 * FOR UPDATE SKIP LOCKED (so two processes never claim the same row), counts the attempt and pushes
 * `next_attempt_at` to the end of a lease. If the process dies mid-send, the row becomes due again when
 * the lease ends; nothing is lost.
 */
export async function claimDueMail(db: Db, { limit, leaseMs }: { limit: number; leaseMs: number }) {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, "pending"), lte(mailOutbox.nextAttemptAt, sql`now()`)))
    .orderBy(asc(mailOutbox.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(mailOutbox)
    .set({
      attempts: sql`${mailOutbox.attempts} + 1`,
      nextAttemptAt: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
    })
    .where(and(inArray(mailOutbox.id, due), eq(mailOutbox.status, "pending")))
    .returning();
}

/** Sent: the bodies (which may carry a secret link) are no longer needed. */
export async function markMailSent(db: Db, id: string) {
  await db
    .update(mailOutbox)
    .set({ status: "sent", sentAt: sql`now()`, textBody: null, htmlBody: null, lastError: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "pending")));
}

/**
 * A failed attempt: retried after `retryInMs`, or marked failed once the message is older than
 * `giveUpSeconds` (decided by the database clock, like every other deadline here).
 */
export async function markMailAttemptFailed(db: Db, id: string, { error, retryInMs, giveUpSeconds }: { error: string; retryInMs: number; giveUpSeconds: number }) {
  const givingUp = sql`${mailOutbox.createdAt} + make_interval(secs => ${giveUpSeconds}) <= now()`;
  const [row] = await db
    .update(mailOutbox)
    .set({
      status: sql`case when ${givingUp} then 'failed' else 'pending' end`,
      failedAt: sql`case when ${givingUp} then now() else null end`,
      textBody: sql`case when ${givingUp} then null else ${mailOutbox.textBody} end`,
      htmlBody: sql`case when ${givingUp} then null else ${mailOutbox.htmlBody} end`,
      nextAttemptAt: sql`now() + make_interval(secs => ${retryInMs / 1000})`,
      lastError: error.slice(0, 1000),
    })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "pending")))
    .returning({ status: mailOutbox.status });
  return row?.status ?? null;
}

/** Unsent mail about an invite is dropped when the invite's link changes or the invite ends. */
export async function cancelPendingInviteMail(db: Db, inviteId: string) {
  await db
    .update(mailOutbox)
    .set({ status: "cancelled", textBody: null, htmlBody: null })
    .where(and(eq(mailOutbox.inviteId, inviteId), eq(mailOutbox.status, "pending")));
}

/** Unsent verification mail for a user, superseded by a new link. */
export async function cancelPendingVerificationMail(db: Db, userId: string) {
  await db
    .update(mailOutbox)
    .set({ status: "cancelled", textBody: null, htmlBody: null })
    .where(and(eq(mailOutbox.userId, userId), eq(mailOutbox.kind, "email_verification"), eq(mailOutbox.status, "pending")));
}

/** The latest message about each invite: what the invite's delivery status shows. */
export async function latestMailByInviteIds(db: Db, inviteIds: string[]) {
  return db
    .selectDistinctOn([mailOutbox.inviteId], {
      inviteId: mailOutbox.inviteId,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
    })
    .from(mailOutbox)
    .where(anyOf(mailOutbox.inviteId, inviteIds))
    .orderBy(mailOutbox.inviteId, sql`${mailOutbox.id} desc`);
}

/** How many messages are due, and how long the oldest has waited (for the metrics). */
export async function mailOutboxHealth(db: Db): Promise<{ due: number; oldestDueSeconds: number }> {
  const [row] = await db
    .select({
      due: sql<number>`count(*)::int`,
      oldest: sql<number>`coalesce(extract(epoch from (now() - min(${mailOutbox.nextAttemptAt}))), 0)::float8`,
    })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, "pending"), lte(mailOutbox.nextAttemptAt, sql`now()`)));
  return { due: row?.due ?? 0, oldestDueSeconds: Math.max(0, Number(row?.oldest ?? 0)) };
}
